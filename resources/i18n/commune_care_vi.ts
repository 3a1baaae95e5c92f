<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/commune_care/app.py" line="122"/>
        <source>The program closed unexpectedly</source>
        <translation>Phần mềm đã đóng bất thường</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/app.py" line="129"/>
        <source>Last time the program closed unexpectedly. What was saved before that is safe. If it happens again, send the log folder to the support person.</source>
        <translation>Lần trước phần mềm đã đóng bất thường. Những gì đã lưu trước đó vẫn an toàn. Nếu việc này lặp lại, hãy gửi thư mục nhật ký cho người hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="435"/>
        <source>Archive the record</source>
        <translation>Lưu trữ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="440"/>
        <source>The record of {0} ({1}) leaves the register but is kept, with its history, and can be restored later. Nothing is deleted.</source>
        <translation>Hồ sơ của {0} ({1}) được đưa ra khỏi danh sách quản lý nhưng vẫn được giữ cùng lịch sử thay đổi và có thể khôi phục sau. Không có gì bị xóa.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="447"/>
        <source>E.g. registered twice (see TE000123), moved to another province…</source>
        <translation>Ví dụ: đăng ký trùng (xem TE000123), chuyển đi tỉnh khác…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="451"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="454"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="456"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="472"/>
        <source>Write why the record is archived.</source>
        <translation>Hãy ghi lý do lưu trữ hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="477"/>
        <source>Archive the record?</source>
        <translation>Lưu trữ hồ sơ?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="478"/>
        <source>Archive the record of {0}?</source>
        <translation>Lưu trữ hồ sơ của {0}?</translation>
    </message>
</context>
<context>
    <name>BirthDateEdit</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="148"/>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="155"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="157"/>
        <source>Estimated</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="160"/>
        <source>Tick when the date of birth is not known for certain.</source>
        <translation>Đánh dấu khi không biết chắc ngày sinh.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="162"/>
        <source>or age (years):</source>
        <translation>hoặc tuổi:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="165"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="169"/>
        <source>When only the age is known: fills in the year of birth, marked estimated.</source>
        <translation>Khi chỉ biết tuổi: điền năm sinh và đánh dấu là ước tính.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="170"/>
        <source>Estimated age in years</source>
        <translation>Tuổi ước tính</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="97"/>
        <source>Cannot continue</source>
        <translation>Chưa thể tiếp tục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="344"/>
        <source>New child</source>
        <translation>Thêm trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="347"/>
        <source>Edit child {0} – {1}</source>
        <translation>Sửa hồ sơ trẻ {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="362"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="390"/>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="824"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="393"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="400"/>
        <source>Enter: save   ·   Esc: cancel</source>
        <translation>Enter: lưu   ·   Esc: hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="426"/>
        <source>Basic information</source>
        <translation>Thông tin cơ bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="432"/>
        <source>Family name, middle name and given name</source>
        <translation>Họ, tên đệm và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="433"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="442"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="446"/>
        <source>Date of birth *</source>
        <translation>Ngày sinh *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="452"/>
        <source>12 digits (optional)</source>
        <translation>12 chữ số (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="453"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="456"/>
        <source>— not recorded —</source>
        <translation>— chưa ghi —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="461"/>
        <source>Ethnic group</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="465"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="468"/>
        <source>House number, hamlet…</source>
        <translation>Số nhà, xóm…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="469"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="474"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="481"/>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="485"/>
        <source>Neither poor nor near-poor</source>
        <translation>Không thuộc hộ nghèo, cận nghèo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="493"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="499"/>
        <source>valid until</source>
        <translation>hạn đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="506"/>
        <source>Health insurance card</source>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="515"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="520"/>
        <source>Whether this parent is living, dead, missing…</source>
        <translation>Cha/mẹ còn sống, đã chết, mất tích…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="527"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="532"/>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="537"/>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="543"/>
        <source>Who looks after the child now, if not the parents</source>
        <translation>Người đang trực tiếp chăm sóc trẻ, nếu không phải cha mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="544"/>
        <source>Current caregiver</source>
        <translation>Người chăm sóc hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="554"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="561"/>
        <source>Relationship</source>
        <translation>Quan hệ với trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="575"/>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="586"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="589"/>
        <source>E.g. where the child moved to, and when</source>
        <translation>Ví dụ: trẻ chuyển đi đâu, từ khi nào</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="590"/>
        <source>Status note</source>
        <translation>Ghi chú trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="597"/>
        <source>Registered on</source>
        <translation>Ngày lập hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="602"/>
        <source>Why a child aged 16 or more is registered</source>
        <translation>Lý do lập hồ sơ cho người từ đủ 16 tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="604"/>
        <source>Reason (16 or older) *</source>
        <translation>Lý do (từ đủ 16 tuổi) *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="612"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="617"/>
        <source>Anything else worth knowing</source>
        <translation>Những điều khác cần biết</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="623"/>
        <source>Confidential notes</source>
        <translation>Ghi chú mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="636"/>
        <source>Sensitive information, for the officer only. The change history records that these notes changed, never what they say.</source>
        <translation>Thông tin nhạy cảm, chỉ cán bộ phụ trách được xem. Lịch sử thay đổi chỉ ghi là ghi chú này đã đổi, không bao giờ ghi nội dung.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="652"/>
        <source>— not chosen —</source>
        <translation>— chưa chọn —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="796"/>
        <source>Please check before saving (press Save anyway to keep it as it is):</source>
        <translation>Hãy kiểm tra trước khi lưu (bấm «Vẫn lưu» để giữ nguyên):</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="800"/>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="871"/>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="872"/>
        <source>What you typed in this form has not been saved. Close it and lose it?</source>
        <translation>Những gì đã nhập trong biểu mẫu này chưa được lưu. Đóng và bỏ đi?</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="80"/>
        <source>Nothing: the record is archived. Restore it to work on it again.</source>
        <translation>Không có: hồ sơ đã lưu trữ. Hãy khôi phục để tiếp tục làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="84"/>
        <source>Update the status: the child has turned 16</source>
        <translation>Cập nhật trạng thái: trẻ đã đủ 16 tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="87"/>
        <source>Classify the child</source>
        <translation>Phân loại trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="90"/>
        <source>Verify the date of birth</source>
        <translation>Xác minh ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="92"/>
        <source>Check: {0}</source>
        <translation>Kiểm tra: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="101"/>
        <source>Renew the health insurance card (BHYT)</source>
        <translation>Gia hạn thẻ bảo hiểm y tế (BHYT)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="105"/>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="635"/>
        <source>Nothing to do</source>
        <translation>Không có việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="509"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="512"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="513"/>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="528"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="529"/>
        <source>Back to the list (Alt+Left or Esc)</source>
        <translation>Quay lại danh sách (Alt+← hoặc Esc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="545"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="548"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="549"/>
        <source>Archive…</source>
        <translation>Lưu trữ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="550"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="602"/>
        <source>born {0}</source>
        <translation>sinh {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="603"/>
        <source>{0} years old</source>
        <translation>{0} tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="615"/>
        <source>The child has turned 16 and is no longer a child under the Law on Children.</source>
        <translation>Trẻ đã đủ 16 tuổi, không còn là trẻ em theo Luật Trẻ em.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="621"/>
        <source>This record is archived. Reason: {0}</source>
        <translation>Hồ sơ này đã lưu trữ. Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="628"/>
        <source>Next thing to do: {0}</source>
        <translation>Việc cần làm tiếp: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="630"/>
        <source>Also:</source>
        <translation>Ngoài ra:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="678"/>
        <source>Restore the record?</source>
        <translation>Khôi phục hồ sơ?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="679"/>
        <source>Put the record of {0} back in the register?</source>
        <translation>Đưa hồ sơ của {0} trở lại danh sách quản lý?</translation>
    </message>
</context>
<context>
    <name>ChildTableModel</name>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="213"/>
        <source>Current groups: the letter of Article 10 of the Law on Children, or a short form. Point at a cell to see the full names.</source>
        <translation>Nhóm hiện nay: chữ cái theo Điều 10 Luật Trẻ em hoặc tên viết tắt. Trỏ chuột vào ô để xem tên đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="215"/>
        <source>This column cannot be sorted.</source>
        <translation>Không sắp xếp được theo cột này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="216"/>
        <source>Click to sort by this column.</source>
        <translation>Bấm để sắp xếp theo cột này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="220"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="221"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="222"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="223"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="224"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="225"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="226"/>
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="227"/>
        <source>Father / mother</source>
        <translation>Cha / mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="228"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/child_table_model.py" line="284"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="64"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="73"/>
        <source>Search by name, code, personal ID number, parents&apos; names…</source>
        <translation>Tìm theo tên, mã, số định danh, tên cha mẹ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="79"/>
        <source>Add child</source>
        <translation>Thêm trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="80"/>
        <source>Register a new child (Ctrl+N)</source>
        <translation>Lập hồ sơ trẻ em mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="81"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="82"/>
        <source>Open the selected child&apos;s record (Enter)</source>
        <translation>Mở hồ sơ trẻ đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="83"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="84"/>
        <source>Edit the selected child&apos;s details</source>
        <translation>Sửa thông tin trẻ đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="105"/>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="114"/>
        <source>Both sexes</source>
        <translation>Cả nam và nữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="120"/>
        <source>All ages</source>
        <translation>Mọi độ tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="126"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="131"/>
        <source>Archived records only</source>
        <translation>Chỉ hồ sơ đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="134"/>
        <source>Show only the records that were archived, instead of the register.</source>
        <translation>Chỉ hiện các hồ sơ đã lưu trữ thay cho danh sách đang quản lý.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="135"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="142"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="146"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="147"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="148"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="149"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="150"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="214"/>
        <source>All villages</source>
        <translation>Tất cả các thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="283"/>
        <source>1 child</source>
        <translation>1 trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="285"/>
        <source>{0} children</source>
        <translation>{0} trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="293"/>
        <source>No child matches the search and filters. Try fewer words or clear the filters.</source>
        <translation>Không có trẻ nào khớp với từ tìm và bộ lọc. Hãy bớt từ hoặc bỏ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="297"/>
        <source>No child is registered yet. Press Add child (Ctrl+N).</source>
        <translation>Chưa có hồ sơ trẻ em nào. Bấm «Thêm trẻ em» (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="64"/>
        <source>Add a classification</source>
        <translation>Thêm phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="66"/>
        <source>Edit classification</source>
        <translation>Sửa phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="71"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="77"/>
        <source>— choose a group —</source>
        <translation>— chọn nhóm —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="81"/>
        <source>Children in special circumstances (Article 10)</source>
        <translation>Trẻ em có hoàn cảnh đặc biệt (Điều 10)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="86"/>
        <source>Other groups</source>
        <translation>Nhóm khác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="119"/>
        <source>leave empty while it still applies</source>
        <translation>để trống khi vẫn còn thuộc nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="124"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="135"/>
        <source>E.g. disability certificate no. …, decision no. …, home visit on …</source>
        <translation>Ví dụ: giấy xác nhận khuyết tật số …, quyết định số …, thăm gia đình ngày …</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="146"/>
        <source>Group *</source>
        <translation>Nhóm *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="147"/>
        <source>Sub-group</source>
        <translation>Nhóm nhỏ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="148"/>
        <source>From *</source>
        <translation>Từ ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="150"/>
        <source>Basis of determination</source>
        <translation>Căn cứ xác định</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="151"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="155"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="203"/>
        <source>(this group has no sub-groups)</source>
        <translation>(nhóm này không có nhóm nhỏ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="206"/>
        <source>— not specified —</source>
        <translation>— không ghi —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="212"/>
        <source>Legal basis: {0}</source>
        <translation>Căn cứ pháp lý: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="229"/>
        <source>Choose a group.</source>
        <translation>Hãy chọn nhóm.</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="305"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="306"/>
        <source>Sub-group</source>
        <translation>Nhóm nhỏ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="307"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="308"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="309"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="310"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="320"/>
        <source>Add classification</source>
        <translation>Thêm phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="321"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="322"/>
        <source>End classification</source>
        <translation>Kết thúc phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="325"/>
        <source>The child no longer belongs to this group from a date; the row stays.</source>
        <translation>Trẻ không còn thuộc nhóm này kể từ một ngày; dòng phân loại vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="329"/>
        <source>The child is not classified in any group yet.</source>
        <translation>Trẻ chưa được phân loại vào nhóm nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="350"/>
        <source>Active</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="351"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="353"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
</context>
<context>
    <name>CommuneForm</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="208"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="212"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="216"/>
        <source>Type to search</source>
        <translation>Gõ để tìm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="218"/>
        <source>Province or city *</source>
        <translation>Tỉnh, thành phố *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="229"/>
        <source>Type part of the name to search the official list</source>
        <translation>Gõ một phần tên để tìm trong danh mục chính thức</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="235"/>
        <source>The communes after the 2025 reorganisation. If yours is not in the list, leave this empty and type its name below.</source>
        <translation>Các xã, phường sau sắp xếp năm 2025. Nếu không có trong danh mục, để trống ô này và gõ tên ở dòng dưới.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="237"/>
        <source>Commune in the official list</source>
        <translation>Xã trong danh mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="242"/>
        <source>As written in documents and reports</source>
        <translation>Như viết trong văn bản và báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="244"/>
        <source>Commune name *</source>
        <translation>Tên xã *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="251"/>
        <source>The first line of the agency in the top-left corner of documents</source>
        <translation>Dòng thứ nhất tên cơ quan ở góc trên bên trái văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="253"/>
        <source>Agency, first line *</source>
        <translation>Tên cơ quan, dòng 1 *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="260"/>
        <source>The second line of the agency, written in capitals</source>
        <translation>Dòng thứ hai tên cơ quan, viết chữ in hoa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="262"/>
        <source>Agency, second line *</source>
        <translation>Tên cơ quan, dòng 2 *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="269"/>
        <source>The place written before the date of documents: «&lt;place&gt;, ngày … tháng …»</source>
        <translation>Địa danh ghi trước ngày tháng của văn bản: «&lt;địa danh&gt;, ngày … tháng …»</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="271"/>
        <source>Place name in dates *</source>
        <translation>Địa danh *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="275"/>
        <source>Signatures and reports</source>
        <translation>Người ký và nơi nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="283"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="287"/>
        <source>The agency that receives the commune&apos;s reports</source>
        <translation>Cơ quan nhận báo cáo của xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="289"/>
        <source>Officer in charge</source>
        <translation>Công chức phụ trách</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="290"/>
        <source>Chairman of the People&apos;s Committee</source>
        <translation>Chủ tịch Ủy ban nhân dân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="292"/>
        <source>Vice-chairman of the People&apos;s Committee</source>
        <translation>Phó Chủ tịch Ủy ban nhân dân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="296"/>
        <source>Reports go to</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="342"/>
        <source>Villages, hamlets and residential groups</source>
        <translation>Thôn, bản, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="346"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="346"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="346"/>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="347"/>
        <source>Children</source>
        <translation>Số trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="358"/>
        <source>Villages</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="364"/>
        <source>Type to rename (F2 or a double click also edits). Untick «In use» for a village that no longer exists: its children keep it in their records.</source>
        <translation>Gõ để đổi tên (F2 hoặc bấm đúp cũng sửa được). Bỏ dấu «Đang dùng» với thôn không còn nữa: hồ sơ trẻ em vẫn giữ tên thôn đó.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="376"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="377"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="378"/>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="379"/>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="387"/>
        <source>Add a village at the end of the list</source>
        <translation>Thêm một thôn vào cuối danh sách</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="390"/>
        <source>Remove the selected village (one with children is only marked not in use)</source>
        <translation>Xóa thôn đang chọn (thôn đã có trẻ em chỉ được đánh dấu không dùng)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="407"/>
        <source>Each child is recorded in one of these. Press Add, type the name, then choose the kind (double click or F2 to change a cell).</source>
        <translation>Mỗi trẻ em thuộc một thôn trong danh sách này. Bấm «Thêm», gõ tên rồi chọn loại (bấm đúp hoặc F2 để sửa một ô).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="584"/>
        <source>«{0}» has {1} children in the register: it is kept for their records and marked not in use, so it is no longer offered for new children.</source>
        <translation>«{0}» có {1} trẻ em trong danh sách: thôn được giữ lại cho hồ sơ của các em và đánh dấu không dùng, nên không còn để chọn cho trẻ mới.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/commune_form.py" line="711"/>
        <source>Row {0}: {1}</source>
        <translation>Dòng {0}: {1}</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="68"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/date_edit.py" line="95"/>
        <source>Enter a date (dd/mm/yyyy).</source>
        <translation>Hãy nhập ngày (dd/mm/yyyy).</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="231"/>
        <source>This child may already be registered</source>
        <translation>Trẻ này có thể đã có hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="240"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="241"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="242"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="243"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="244"/>
        <source>Father / mother</source>
        <translation>Cha / mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="245"/>
        <source>Why it may be the same child</source>
        <translation>Vì sao có thể là cùng một trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="282"/>
        <source>Open existing record</source>
        <translation>Mở hồ sơ đã có</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="283"/>
        <source>Save as a new record anyway</source>
        <translation>Vẫn lưu thành hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="284"/>
        <source>Back to editing</source>
        <translation>Quay lại sửa</translation>
    </message>
</context>
<context>
    <name>EndClassificationDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="288"/>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="313"/>
        <source>End classification</source>
        <translation>Kết thúc phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="295"/>
        <source>Since {0}</source>
        <translation>Từ {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="307"/>
        <source>End date *</source>
        <translation>Ngày kết thúc *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="315"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../src/commune_care/ui/feedback.py" line="22"/>
        <source>Cannot continue</source>
        <translation>Chưa thể tiếp tục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/feedback.py" line="48"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/feedback.py" line="54"/>
        <source>The program hit an unexpected error. What you have saved is safe; the last action may not have finished.</source>
        <translation>Phần mềm gặp lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn; thao tác vừa rồi có thể chưa hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/feedback.py" line="56"/>
        <source>The details are written to the log in: %1</source>
        <translation>Chi tiết được ghi vào nhật ký trong thư mục: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/feedback.py" line="60"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="408"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="408"/>
        <source>User</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="408"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="409"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="72"/>
        <source>The register at a glance</source>
        <translation>Tổng quan danh sách trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="79"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="80"/>
        <source>Count again (F5)</source>
        <translation>Đếm lại (F5)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="92"/>
        <source>No child is registered yet. Add the children on the Children page.</source>
        <translation>Chưa có hồ sơ trẻ em nào. Hãy thêm trẻ em ở trang Trẻ em.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="107"/>
        <source>Under management, by sex</source>
        <translation>Đang quản lý, theo giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="109"/>
        <source>Under management, by age</source>
        <translation>Đang quản lý, theo độ tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="118"/>
        <source>Under management, by group (groups held today)</source>
        <translation>Đang quản lý, theo nhóm (nhóm tại ngày hôm nay)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="163"/>
        <source>as of {0}</source>
        <translation>tính đến {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="167"/>
        <source>Children under management</source>
        <translation>Trẻ em đang quản lý</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="171"/>
        <source>All records in the register</source>
        <translation>Tổng số hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="172"/>
        <source>Archived records</source>
        <translation>Hồ sơ đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="183"/>
        <source>{0} with no date of birth recorded (in no age group).</source>
        <translation>{0} trẻ chưa ghi ngày sinh (không tính vào nhóm tuổi nào).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="195"/>
        <source>Children in special circumstances (Law on Children, Article 10)</source>
        <translation>Trẻ em có hoàn cảnh đặc biệt (Điều 10 Luật Trẻ em)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="196"/>
        <source>Other groups followed</source>
        <translation>Các nhóm khác được theo dõi</translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="160"/>
        <source>Basic information</source>
        <translation>Thông tin cơ bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="162"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="163"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="164"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="165"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="166"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="167"/>
        <source>Ethnic group</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="168"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="169"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="170"/>
        <source>School and class</source>
        <translation>Trường, lớp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="171"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="172"/>
        <source>Health insurance card</source>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="179"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="181"/>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="182"/>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="183"/>
        <source>Current caregiver</source>
        <translation>Người chăm sóc hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="189"/>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="191"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="192"/>
        <source>Status note</source>
        <translation>Ghi chú trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="193"/>
        <source>Registered on</source>
        <translation>Ngày lập hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="194"/>
        <source>Reason (16 or older)</source>
        <translation>Lý do (từ đủ 16 tuổi)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="195"/>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="199"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="200"/>
        <source>Confidential notes</source>
        <translation>Ghi chú mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="240"/>
        <source>{0}  ({1} years old)</source>
        <translation>{0}  ({1} tuổi)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="242"/>
        <source>class {0}</source>
        <translation>lớp {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="249"/>
        <source>{0}, expired on {1}</source>
        <translation>{0}, hết hạn ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="251"/>
        <source>{0}, valid until {1}</source>
        <translation>{0}, có giá trị đến {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="258"/>
        <source>{0} (recorded as: {1})</source>
        <translation>{0} (ghi là: {1})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="43"/>
        <source>Child protection — commune_care</source>
        <translation>Quản lý trẻ em — commune_care</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="52"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="53"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="54"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="64"/>
        <source>Sections</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="93"/>
        <source>&amp;Add child…</source>
        <translation>&amp;Thêm trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="96"/>
        <source>&amp;Find a child</source>
        <translation>&amp;Tìm trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="101"/>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="106"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="107"/>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="110"/>
        <source>&amp;About commune_care</source>
        <translation>&amp;Giới thiệu commune_care</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="201"/>
        <source>No commune</source>
        <translation>Chưa thiết lập xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="202"/>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="204"/>
        <source>Last USB backup: none yet</source>
        <translation>Sao lưu USB gần nhất: chưa có</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="217"/>
        <source>commune_care %1 — managing children and child protection in the commune.
Data file: %2
Log folder: %3</source>
        <translation>commune_care %1 — quản lý trẻ em và bảo vệ trẻ em cấp xã.
Tệp dữ liệu: %2
Thư mục nhật ký: %3</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="218"/>
        <source>About commune_care</source>
        <translation>Giới thiệu commune_care</translation>
    </message>
</context>
<context>
    <name>NumberButton</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="47"/>
        <source>Show these children in the list</source>
        <translation>Xem danh sách các trẻ này</translation>
    </message>
</context>
<context>
    <name>QuickSearch</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/quick_search.py" line="29"/>
        <source>Find a child: name, code, ID number, parent… (Ctrl+F)</source>
        <translation>Tìm trẻ em: tên, mã, số định danh, tên cha mẹ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/quick_search.py" line="61"/>
        <source>birth date unknown</source>
        <translation>chưa rõ ngày sinh</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="44"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="54"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="55"/>
        <source>Save the commune&apos;s details (Ctrl+S)</source>
        <translation>Lưu thông tin của xã (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="57"/>
        <source>Undo changes</source>
        <translation>Hoàn tác thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="58"/>
        <source>Show the details as they were last saved</source>
        <translation>Hiện lại thông tin như lần lưu gần nhất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="72"/>
        <source>This copy of the program</source>
        <translation>Bản cài đặt này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="80"/>
        <source>Database file in use</source>
        <translation>Tệp dữ liệu đang dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="81"/>
        <source>Program version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="122"/>
        <source>Not saved: correct what is shown in red. The saved details are unchanged.</source>
        <translation>Chưa lưu: hãy sửa các chỗ báo đỏ. Thông tin đã lưu trước đó không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="127"/>
        <source>Saved at {0}.</source>
        <translation>Đã lưu lúc {0}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="134"/>
        <source>Changes not saved yet.</source>
        <translation>Có thay đổi chưa lưu.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="33"/>
        <source>Set up the commune</source>
        <translation>Thiết lập thông tin xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="35"/>
        <source>Welcome. First, tell the program which commune it serves.</source>
        <translation>Xin chào. Trước hết, hãy cho biết phần mềm phục vụ xã nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="46"/>
        <source>The commune&apos;s name, the agency lines and the officials&apos; names are printed on every document and report; you can change them later in Settings.</source>
        <translation>Tên xã, tên cơ quan và họ tên người ký được in trên mọi văn bản, báo cáo; có thể sửa lại sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="55"/>
        <source>Save and start</source>
        <translation>Lưu và bắt đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="68"/>
        <source>Fields marked * are required.   Enter: save   ·   Esc: cancel</source>
        <translation>Các ô có dấu * là bắt buộc.   Enter: lưu   ·   Esc: hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="101"/>
        <source>Leave the set-up?</source>
        <translation>Thoát thiết lập?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="105"/>
        <source>Nothing has been saved. Without a commune the program cannot open the register and will close. Leave anyway?</source>
        <translation>Chưa có gì được lưu. Khi chưa có thông tin xã, phần mềm không mở được danh sách và sẽ đóng lại. Vẫn thoát?</translation>
    </message>
</context>
</TS>
