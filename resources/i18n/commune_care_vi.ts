<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Access</name>
    <message>
        <location filename="../../src/commune_care/ui/access.py" line="18"/>
        <source>Your account may not %1. Ask the administrator if you need it.</source>
        <translation>Tài khoản của bạn không có quyền %1. Nếu cần, hãy đề nghị quản trị viên cấp quyền.</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="70"/>
        <source>Create the administrator account</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="71"/>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="72"/>
        <source>Edit the account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="73"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="166"/>
        <source>Reset the password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="82"/>
        <source>e.g. hanh.tt</source>
        <translation>ví dụ: hanh.tt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="85"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="86"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="91"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="98"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="92"/>
        <source>User name *</source>
        <translation>Tên đăng nhập *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="96"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="101"/>
        <source>Password *</source>
        <translation>Mật khẩu *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="102"/>
        <source>Password again *</source>
        <translation>Nhập lại mật khẩu *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="108"/>
        <source>Roles *</source>
        <translation>Vai trò *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="127"/>
        <source>Quit the program</source>
        <translation>Thoát chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="127"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="149"/>
        <source>This data file has no account yet. Create the administrator&apos;s account: the administrator creates the other accounts, resets forgotten passwords and changes the settings.

The roles proposed are Administrator and Child protection officer, because in most communes the officer also looks after the program. If the administrator does not work on the children&apos;s records, untick Child protection officer and create an account for the officer afterwards.</source>
        <translation>Tệp dữ liệu này chưa có tài khoản nào. Hãy tạo tài khoản quản trị: người quản trị tạo các tài khoản khác, đặt lại mật khẩu bị quên và thay đổi cài đặt.

Vai trò đề xuất là Quản trị và Cán bộ phụ trách trẻ em, vì ở phần lớn các xã chính cán bộ phụ trách trẻ em quản lý phần mềm. Nếu người quản trị không làm hồ sơ trẻ em, hãy bỏ chọn Cán bộ phụ trách trẻ em rồi tạo tài khoản riêng cho cán bộ sau.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="154"/>
        <source>At least %1 characters, not the same as the user name.</source>
        <translation>Ít nhất %1 ký tự, không trùng với tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="159"/>
        <source>The person must change it when they next log in.</source>
        <translation>Người dùng phải đổi mật khẩu này khi đăng nhập lần tới.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="163"/>
        <source>Create and log in</source>
        <translation>Tạo và đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="164"/>
        <source>Create the account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="165"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/account_form.py" line="231"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau; hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="43"/>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="50"/>
        <source>Who may log in, and with which roles. A new account or a reset password must be changed by its user at the next login. Accounts are never deleted: disable one that is no longer used (the audit trail keeps its name).</source>
        <translation>Ai được đăng nhập và với vai trò nào. Tài khoản mới hoặc mật khẩu vừa đặt lại phải được người dùng đổi khi đăng nhập lần tới. Tài khoản không bao giờ bị xóa: tài khoản không còn dùng thì ngừng sử dụng (nhật ký vẫn giữ tên).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="53"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="53"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="53"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="53"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="55"/>
        <source>Last login</source>
        <translation>Đăng nhập lần cuối</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="60"/>
        <source>New account…</source>
        <translation>Tạo tài khoản…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="61"/>
        <source>Edit name and roles…</source>
        <translation>Sửa họ tên và vai trò…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="62"/>
        <source>Reset the password…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="63"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="137"/>
        <source>Disable</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="98"/>
        <source>never</source>
        <translation>chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="116"/>
        <source>Disabled</source>
        <translation>Đã ngừng sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="117"/>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="120"/>
        <source>locked until %1</source>
        <translation>tạm khóa đến %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="123"/>
        <source>must change the password</source>
        <translation>phải đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="135"/>
        <source>Enable</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="170"/>
        <source>Disable the account %1? Its user can no longer log in; what they recorded stays, with their name.</source>
        <translation>Ngừng sử dụng tài khoản %1? Người dùng sẽ không đăng nhập được nữa; những gì họ đã ghi vẫn được giữ, kèm tên họ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/accounts_dialog.py" line="171"/>
        <source>Disable the account</source>
        <translation>Ngừng sử dụng tài khoản</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="119"/>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="168"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="125"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="127"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="140"/>
        <source>Communication, training, life-skills education, visits with gifts and other support; sponsorships; monthly social assistance. They feed the year&apos;s report and the Excel workbook.</source>
        <translation>Truyền thông, tập huấn, giáo dục kỹ năng sống, thăm hỏi tặng quà và hỗ trợ khác; nhận đỡ đầu; trợ cấp xã hội hằng tháng. Số liệu được đưa vào báo cáo năm và tệp Excel.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="145"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="145"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="145"/>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="145"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="146"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="146"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="146"/>
        <source>Parents</source>
        <translation>Cha mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="146"/>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="147"/>
        <source>Budget (đ)</source>
        <translation>Kinh phí (đ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="147"/>
        <source>Source</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="151"/>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="156"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="151"/>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="156"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="151"/>
        <source>Sponsor</source>
        <translation>Người nhận đỡ đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="151"/>
        <source>Support</source>
        <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="152"/>
        <source>A month (đ)</source>
        <translation>Mỗi tháng (đ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="152"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="152"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="156"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="156"/>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="157"/>
        <source>Base (đ)</source>
        <translation>Mức chuẩn (đ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="157"/>
        <source>Coefficient</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="157"/>
        <source>Amount (đ)</source>
        <translation>Số tiền (đ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="158"/>
        <source>Paid on</source>
        <translation>Ngày chi trả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="162"/>
        <source>Base level…</source>
        <translation>Mức chuẩn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="169"/>
        <source>Sponsorships</source>
        <translation>Nhận đỡ đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="170"/>
        <source>Social assistance</source>
        <translation>Trợ cấp xã hội</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="224"/>
        <source>{0} activities, {1} participants ({2} children), budget {3} đ.</source>
        <translation>{0} hoạt động, {1} lượt người tham gia ({2} lượt trẻ em), kinh phí {3} đ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="237"/>
        <source>{0} children sponsored by {1} sponsors in {2}; about {3} đ in the year.</source>
        <translation>{0} trẻ em được {1} cá nhân, tổ chức nhận đỡ đầu trong năm {2}; khoảng {3} đ trong năm.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="249"/>
        <source>{0} children, {1} months, {2} đ of social assistance in {3}.</source>
        <translation>{0} trẻ em, {1} tháng, {2} đ trợ cấp xã hội trong năm {3}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="274"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="284"/>
        <source>Archive «{0}»? It leaves the lists and the figures; it can be restored.</source>
        <translation>Lưu trữ «{0}»? Mục này sẽ không còn trong danh sách và số liệu; có thể khôi phục lại.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="154"/>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="155"/>
        <source>Edit the activity</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="162"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="174"/>
        <source>total</source>
        <translation>tổng số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="174"/>
        <source>children</source>
        <translation>trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="175"/>
        <source>parents, carers</source>
        <translation>cha mẹ, người chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="175"/>
        <source>staff</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="183"/>
        <source>Leave the total at 0 to count children + parents + staff.</source>
        <translation>Để tổng số là 0 thì phần mềm cộng trẻ em + cha mẹ + cán bộ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="188"/>
        <source>Add a child…</source>
        <translation>Thêm trẻ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="191"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="203"/>
        <source>e.g. 5.000.000</source>
        <translation>ví dụ 5.000.000</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="205"/>
        <source>— not given —</source>
        <translation>— không ghi —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="211"/>
        <source>đồng, source:</source>
        <translation>đồng, nguồn:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="216"/>
        <source>Date held *</source>
        <translation>Ngày tổ chức *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="217"/>
        <source>Kind *</source>
        <translation>Loại *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="218"/>
        <source>Title *</source>
        <translation>Tên hoạt động *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="219"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="220"/>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="225"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="231"/>
        <source>Children concerned</source>
        <translation>Trẻ em liên quan</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="235"/>
        <source>Budget</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="238"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="270"/>
        <source>Child concerned by the activity</source>
        <translation>Trẻ em liên quan đến hoạt động</translation>
    </message>
</context>
<context>
    <name>ActivityDialogs</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="77"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="83"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="87"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AdoptersDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="338"/>
        <source>People asking to adopt the child</source>
        <translation>Người xin nhận trẻ làm con nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="339"/>
        <source>Application received on *</source>
        <translation>Ngày nhận đơn *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="341"/>
        <source>Adopted by *</source>
        <translation>Người nhận con nuôi *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="351"/>
        <source>Grandparents and siblings may not adopt (Điều 13.6). The adopter is at least 20 years older than the child, except a step-parent or a blood aunt or uncle (Điều 14.3).</source>
        <translation>Ông, bà không được nhận cháu làm con nuôi; anh, chị, em không được nhận nhau làm con nuôi (Điều 13.6). Người nhận con nuôi phải hơn con nuôi từ 20 tuổi trở lên, trừ cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột (Điều 14.3).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="354"/>
        <source>First person</source>
        <translation>Người thứ nhất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="355"/>
        <source>Husband or wife</source>
        <translation>Người vợ/chồng</translation>
    </message>
</context>
<context>
    <name>AdoptionDetail</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="439"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="440"/>
        <source>Back to the list (Alt+Left or Esc)</source>
        <translation>Quay lại danh sách (Alt+← hoặc Esc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="453"/>
        <source>Applicants withdrew…</source>
        <translation>Người xin nhận rút đơn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="456"/>
        <source>The people asking to adopt gave up before their file was received</source>
        <translation>Người xin nhận con nuôi rút đơn trước khi hồ sơ được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="457"/>
        <source>Refuse in writing…</source>
        <translation>Từ chối bằng văn bản…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="460"/>
        <source>Refuse to register, in writing with the reasons (Điều 22.2)</source>
        <translation>Từ chối đăng ký, trả lời bằng văn bản và nêu rõ lý do (Điều 22.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="461"/>
        <source>Stop the referral…</source>
        <translation>Dừng đề xuất…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="462"/>
        <source>End the referral with its reason</source>
        <translation>Kết thúc đề xuất, ghi rõ lý do</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="494"/>
        <source>Open the child&apos;s page</source>
        <translation>Mở hồ sơ của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="500"/>
        <source>Child:</source>
        <translation>Trẻ em:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="508"/>
        <source>Record it now…</source>
        <translation>Ghi nhận ngay…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="509"/>
        <source>Open the form of the next step (Ctrl+Enter)</source>
        <translation>Mở biểu mẫu của bước tiếp theo (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="524"/>
        <source>Steps of Luật Nuôi con nuôi, in order</source>
        <translation>Các bước theo Luật Nuôi con nuôi, theo thứ tự</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="542"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="542"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="598"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="543"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="553"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="728"/>
        <source>No time limit of the law runs until the notice is posted or the file is in.</source>
        <translation>Thời hạn luật định chỉ bắt đầu tính từ khi niêm yết hoặc khi nhận đủ hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="556"/>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="565"/>
        <source>To check before registering</source>
        <translation>Cần kiểm tra trước khi đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="570"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="570"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="576"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="595"/>
        <source>Reports of the adoptive parents</source>
        <translation>Báo cáo của cha mẹ nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="598"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="598"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="599"/>
        <source>What it says</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="658"/>
        <source>, born {0}</source>
        <translation>, sinh {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="661"/>
        <source>Proposed {0} by {1} · {2}</source>
        <translation>Đề xuất ngày {0}, người đề xuất {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="679"/>
        <source>The referral was stopped on {0}: {1}</source>
        <translation>Đề xuất đã dừng ngày {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="684"/>
        <source>Registration refused on {0}.</source>
        <translation>Đã từ chối đăng ký ngày {0}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="688"/>
        <source>Nothing left to do: the six reports are in.</source>
        <translation>Không còn việc cần làm: đã nhận đủ sáu báo cáo.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="692"/>
        <source>Next: {0} by {1} ({2})</source>
        <translation>Tiếp theo: {0} trước {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="697"/>
        <source>Next: {0}</source>
        <translation>Tiếp theo: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="701"/>
        <source>{0} reports are overdue.</source>
        <translation>{0} báo cáo đã quá hạn.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="712"/>
        <source>Done late, {0}</source>
        <translation>Đã xong nhưng muộn, {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="713"/>
        <source>Done in time, {0}</source>
        <translation>Đã xong đúng hạn, {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="724"/>
        <source>The referral has ended: no time limit runs any more.</source>
        <translation>Đề xuất đã kết thúc: không còn thời hạn nào được tính.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="771"/>
        <source>{0} of 6</source>
        <translation>Lần {0}/6</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="785"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="786"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="787"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="788"/>
        <source>Not needed</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="838"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="839"/>
        <source>Record…</source>
        <translation>Ghi nhận…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="844"/>
        <source>1. Child proposed for adoption (Điều 15)</source>
        <translation>1. Đề xuất tìm gia đình nhận trẻ làm con nuôi (Điều 15)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="848"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="850"/>
        <source>Reason: {0}</source>
        <translation>Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="859"/>
        <source>Posted {0} at {1}; the 60 days end on {2}</source>
        <translation>Niêm yết từ ngày {0} tại {1}; hết thời hạn 60 ngày vào ngày {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="866"/>
        <source>Not needed when a step-parent, an aunt or an uncle asks to adopt the child.</source>
        <translation>Không cần khi cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột xin nhận trẻ làm con nuôi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="868"/>
        <source>Not posted: the adopters came forward without a notice.</source>
        <translation>Không niêm yết: đã có người xin nhận con nuôi khi chưa thông báo, niêm yết.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="870"/>
        <source>60 days at the commune office to find a family in the country.</source>
        <translation>Thông báo, niêm yết 60 ngày tại trụ sở Ủy ban nhân dân xã để tìm người trong nước nhận trẻ làm con nuôi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="875"/>
        <source>2. Public notice at the commune office — 60 days (Điều 15.2.b)</source>
        <translation>2. Thông báo, niêm yết tại trụ sở Ủy ban nhân dân xã — 60 ngày (Điều 15.2.b)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="886"/>
        <source>{0}, application of {1}</source>
        <translation>{0}, đơn xin nhận con nuôi ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="892"/>
        <source>Withdrawn {0}: {1} ({2})</source>
        <translation>Rút đơn ngày {0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="899"/>
        <source>Record the people who come forward: one person or a married couple.</source>
        <translation>Ghi người xin nhận con nuôi: một người hoặc hai vợ chồng.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="903"/>
        <source>3. People asking to adopt and their conditions (Điều 8, 13, 14)</source>
        <translation>3. Người xin nhận con nuôi và điều kiện đối với người nhận con nuôi (Điều 8, 13, 14)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="913"/>
        <source>Complete file received {0} by {1}</source>
        <translation>Nhận đủ hồ sơ ngày {0}, người nhận hồ sơ {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="919"/>
        <source>4. The complete file received (Điều 17, 18, 19)</source>
        <translation>4. Nhận đủ hồ sơ (Điều 17, 18, 19)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="928"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="939"/>
        <source>Still to record: {0}</source>
        <translation>Còn thiếu ý kiến của: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="943"/>
        <source>Whether the child is 9 yet cannot be told: ask the child too.</source>
        <translation>Chưa xác định được trẻ đã đủ 09 tuổi hay chưa: hãy lấy cả ý kiến của trẻ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="948"/>
        <source>5. Opinions of the parents, the guardian, the child from 9 (Điều 21)</source>
        <translation>5. Ý kiến của cha mẹ đẻ, người giám hộ, trẻ em từ đủ 09 tuổi (Điều 21)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="951"/>
        <source>Record an opinion…</source>
        <translation>Ghi ý kiến…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="958"/>
        <source>Completed {0} by {1}</source>
        <translation>Lấy xong ý kiến ngày {0}, người lấy ý kiến {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="960"/>
        <source>Did not agree: {0}</source>
        <translation>Không đồng ý: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="966"/>
        <source>6. Opinions collected — within 10 days of the file (Điều 20)</source>
        <translation>6. Hoàn thành việc lấy ý kiến — trong 10 ngày kể từ ngày nhận đủ hồ sơ (Điều 20)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="975"/>
        <source>, letter {0}</source>
        <translation>, văn bản số {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="978"/>
        <source>7. Registration refused in writing (Điều 22.2)</source>
        <translation>7. Từ chối đăng ký bằng văn bản (Điều 22.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="980"/>
        <source>Refused {0}{1}
Reasons: {2}</source>
        <translation>Từ chối ngày {0}{1}
Lý do: {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="986"/>
        <source>7. Adoption registered, child handed over (Điều 22.1)</source>
        <translation>7. Đã đăng ký nuôi con nuôi, giao nhận con nuôi (Điều 22.1)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="988"/>
        <source>Certificate {0} of {1}; handed over {2}</source>
        <translation>Giấy chứng nhận nuôi con nuôi số {0} ngày {1}; giao nhận con nuôi ngày {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="994"/>
        <source>Refuse…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="994"/>
        <source>Register…</source>
        <translation>Đăng ký…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="997"/>
        <source>7. Registration within 20 days of the consents, or refusal (Điều 22)</source>
        <translation>7. Đăng ký trong 20 ngày kể từ ngày có ý kiến đồng ý, hoặc từ chối (Điều 22)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="1000"/>
        <source>Someone whose consent is needed did not agree: refuse in writing.</source>
        <translation>Có người phải cho ý kiến đã không đồng ý: hãy từ chối đăng ký bằng văn bản.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="1009"/>
        <source>Received {0} of 6</source>
        <translation>Đã nhận {0}/6</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="1013"/>
        <source>8. Reports every 6 months for 3 years after the handover (Điều 23)</source>
        <translation>8. Báo cáo sáu tháng một lần trong thời hạn 03 năm kể từ ngày giao nhận con nuôi (Điều 23)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="1016"/>
        <source>Record a report…</source>
        <translation>Ghi nhận báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="1024"/>
        <source>{0} ({1}), born {2}: {3} of {4} conditions confirmed</source>
        <translation>{0} ({1}), sinh {2}: đã xác nhận {3}/{4} điều kiện</translation>
    </message>
</context>
<context>
    <name>AdoptionListView</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="144"/>
        <source>Adoption referrals</source>
        <translation>Đề xuất nhận con nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="149"/>
        <source>Propose a child…</source>
        <translation>Đề xuất trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="152"/>
        <source>Propose a child of the register for adoption (Ctrl+N)</source>
        <translation>Đề xuất tìm gia đình nhận con nuôi cho một trẻ trong danh sách (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="153"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="154"/>
        <source>Open the selected referral (Enter)</source>
        <translation>Mở đề xuất đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="171"/>
        <source>Open referrals</source>
        <translation>Đề xuất đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="172"/>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="173"/>
        <source>Refused</source>
        <translation>Từ chối đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="174"/>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="175"/>
        <source>All referrals</source>
        <translation>Tất cả đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="177"/>
        <source>Which referrals</source>
        <translation>Lọc đề xuất theo tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="178"/>
        <source>Overdue only</source>
        <translation>Chỉ việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="179"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="183"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="197"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="234"/>
        <source>Referral</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="198"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="235"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="199"/>
        <source>Proposed</source>
        <translation>Ngày đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="200"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="201"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="202"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="232"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="203"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="233"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="236"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="265"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="247"/>
        <source>Nothing to do on the adoption referrals.</source>
        <translation>Không có việc cần làm đối với các đề xuất nhận con nuôi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="256"/>
        <source>The deadlines of the open referrals and the reports due within 30 days or overdue, soonest first. Enter opens the referral.</source>
        <translation>Thời hạn của các đề xuất đang giải quyết và các báo cáo đến hạn trong 30 ngày tới hoặc đã quá hạn, việc gần hạn nhất lên đầu. Enter để mở đề xuất.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="264"/>
        <source>Referrals</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="329"/>
        <source>1 referral</source>
        <translation>1 đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="329"/>
        <source>{0} referrals</source>
        <translation>{0} đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="334"/>
        <source>No referral matches the filters.</source>
        <translation>Không có đề xuất nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="338"/>
        <source>No open referral. Press Propose a child when a child needs a family.</source>
        <translation>Không có đề xuất đang giải quyết. Khi có trẻ em cần gia đình thay thế, bấm «Đề xuất trẻ em».</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="353"/>
        <source>To do ({0})</source>
        <translation>Việc cần làm ({0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="355"/>
        <source>To do ({0}, {1} overdue)</source>
        <translation>Việc cần làm ({0}, {1} quá hạn)</translation>
    </message>
</context>
<context>
    <name>AdoptionStepDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="93"/>
        <source>Referral {0} · {1} ({2})</source>
        <translation>Đề xuất {0} · {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="98"/>
        <source>A new referral is opened when this proposal is saved.</source>
        <translation>Đề xuất mới được lập khi lưu biểu mẫu này.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/commune_care/app.py" line="171"/>
        <source>The program closed unexpectedly</source>
        <translation>Phần mềm đã đóng bất thường</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/app.py" line="178"/>
        <source>Last time the program closed unexpectedly. What was saved before that is safe. If it happens again, send the log folder to the support person.</source>
        <translation>Lần trước phần mềm đã đóng bất thường. Những gì đã lưu trước đó vẫn an toàn. Nếu việc này lặp lại, hãy gửi thư mục nhật ký cho người hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="263"/>
        <source>Decision approving the plan (Mẫu 05)</source>
        <translation>Quyết định phê duyệt kế hoạch (Mẫu 05)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="264"/>
        <source>Decision number *</source>
        <translation>Số quyết định *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="265"/>
        <source>e.g. 05/QĐ-UBND</source>
        <translation>ví dụ: 05/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="619"/>
        <source>Verified on {0} by {1}: {2}</source>
        <translation>Xác minh ngày {0}, người xác minh {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="624"/>
        <source>Not verified yet (Mẫu 11).</source>
        <translation>Chưa xác minh điều kiện (Mẫu 11).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="626"/>
        <source>Chairman&apos;s approval: {0}</source>
        <translation>Chủ tịch Ủy ban nhân dân xã phê duyệt: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="630"/>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="266"/>
        <source>Approved on *</source>
        <translation>Ngày phê duyệt *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="631"/>
        <source>Approved by (Chairman) *</source>
        <translation>Người phê duyệt (Chủ tịch) *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="633"/>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="635"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="267"/>
        <source>Signed by *</source>
        <translation>Người ký *</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="489"/>
        <source>Archive the record</source>
        <translation>Lưu trữ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="494"/>
        <source>The record of {0} ({1}) leaves the register but is kept, with its history, and can be restored later. Nothing is deleted.</source>
        <translation>Hồ sơ của {0} ({1}) được đưa ra khỏi danh sách quản lý nhưng vẫn được giữ cùng lịch sử thay đổi và có thể khôi phục sau. Không có gì bị xóa.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="501"/>
        <source>E.g. registered twice (see TE000123), moved to another province…</source>
        <translation>Ví dụ: đăng ký trùng (xem TE000123), chuyển đi tỉnh khác…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="505"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="508"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="510"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="526"/>
        <source>Write why the record is archived.</source>
        <translation>Hãy ghi lý do lưu trữ hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="531"/>
        <source>Archive the record?</source>
        <translation>Lưu trữ hồ sơ?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="532"/>
        <source>Archive the record of {0}?</source>
        <translation>Lưu trữ hồ sơ của {0}?</translation>
    </message>
</context>
<context>
    <name>AssistanceLevelsDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="518"/>
        <source>Base level of social assistance</source>
        <translation>Mức chuẩn trợ giúp xã hội</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="525"/>
        <source>Monthly social assistance = base level × coefficient (Decree 20/2021/NĐ-CP, Article 6). Add a line when a decree changes the base level; months already recorded keep the level they were paid at.</source>
        <translation>Trợ cấp xã hội hằng tháng = mức chuẩn trợ giúp xã hội × hệ số (Nghị định số 20/2021/NĐ-CP, Điều 6). Thêm một dòng khi có văn bản thay đổi mức chuẩn; các tháng đã ghi giữ mức đã chi trả.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="528"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="528"/>
        <source>Base level (đồng/month)</source>
        <translation>Mức chuẩn (đồng/tháng)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="529"/>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="540"/>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="535"/>
        <source>e.g. 500.000</source>
        <translation>ví dụ 500.000</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="538"/>
        <source>From *</source>
        <translation>Từ ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="539"/>
        <source>Base level *</source>
        <translation>Mức chuẩn *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="541"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="543"/>
        <source>Save changes to the selected line</source>
        <translation>Lưu thay đổi của dòng đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="545"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="52"/>
        <source>Audit trail</source>
        <translation>Nhật ký hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="58"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="59"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="60"/>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="65"/>
        <source>Words in the entry (accents optional)</source>
        <translation>Từ có trong dòng nhật ký (gõ có dấu hoặc không)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="68"/>
        <source>&amp;Filter</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="70"/>
        <source>C&amp;lear filter</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="75"/>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="75"/>
        <source>&amp;Action:</source>
        <translation>Th&amp;ao tác:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="76"/>
        <source>&amp;Object:</source>
        <translation>Đối tượn&amp;g:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="80"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="82"/>
        <source>&amp;To:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="84"/>
        <source>Te&amp;xt:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="99"/>
        <source>Audit trail entries</source>
        <translation>Các dòng nhật ký hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="107"/>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="254"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Chọn một dòng để xem những gì đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="112"/>
        <source>Field</source>
        <translation>Trường thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="112"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="113"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="117"/>
        <source>Old and new values</source>
        <translation>Giá trị cũ và mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="135"/>
        <source>Check &amp;integrity</source>
        <translation>&amp;Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="140"/>
        <source>Check that no entry was edited, deleted, inserted or reordered outside the program</source>
        <translation>Kiểm tra để chắc chắn không dòng nào bị sửa, xóa, chèn thêm hay đảo thứ tự bên ngoài phần mềm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="195"/>
        <source>(all)</source>
        <translation>(tất cả)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="240"/>
        <source>No entry matches the filter.</source>
        <translation>Không có dòng nào khớp với điều kiện lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="241"/>
        <source>%1 entries.</source>
        <translation>%1 dòng.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="243"/>
        <source>%1 entries shown; scroll down for older ones.</source>
        <translation>Đang hiển thị %1 dòng; kéo xuống để xem các dòng cũ hơn.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/audit_page.py" line="258"/>
        <source>Entry %1 — %2, %3: %4 (%5)</source>
        <translation>Dòng số %1 — %2, %3: %4 (%5)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../src/commune_care/ui/models/audit_table_model.py" line="35"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/audit_table_model.py" line="36"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/audit_table_model.py" line="37"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/audit_table_model.py" line="38"/>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/audit_table_model.py" line="39"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>AuditVerifyDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/audit_verify_dialog.py" line="26"/>
        <source>Check the integrity of the audit trail</source>
        <translation>Kiểm tra tính toàn vẹn của nhật ký hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/audit_verify_dialog.py" line="31"/>
        <source>Checking that no entry of the audit trail was edited, deleted, inserted or reordered outside the program. A million entries take about half a minute.</source>
        <translation>Đang kiểm tra để chắc chắn không dòng nào của nhật ký hệ thống bị sửa, xóa, chèn thêm hay đảo thứ tự bên ngoài phần mềm. Một triệu dòng mất khoảng nửa phút.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/audit_verify_dialog.py" line="99"/>
        <source>Warning: the audit trail was changed</source>
        <translation>Cảnh báo: nhật ký hệ thống đã bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/audit_verify_dialog.py" line="104"/>
        <source>The check could not run: %1</source>
        <translation>Không kiểm tra được: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="25"/>
        <source>Making a consistent copy of the data…</source>
        <translation>Đang tạo bản sao nhất quán của dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="26"/>
        <source>Computing the checksum…</source>
        <translation>Đang tính mã kiểm tra (checksum)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="27"/>
        <source>Deriving the key from the password…</source>
        <translation>Đang tạo khóa mã hóa từ mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="28"/>
        <source>Encrypting and writing…</source>
        <translation>Đang mã hóa và ghi tệp…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="31"/>
        <source>Reading the file back and decrypting it…</source>
        <translation>Đang đọc lại tệp và giải mã…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="34"/>
        <source>Checking the data (integrity, record counts)…</source>
        <translation>Đang kiểm tra dữ liệu (tính toàn vẹn, số bản ghi)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="37"/>
        <source>Upgrading the backup to this version…</source>
        <translation>Đang nâng cấp bản sao lưu lên phiên bản này…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="38"/>
        <source>Putting the file in place…</source>
        <translation>Đang đưa tệp vào đúng vị trí…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="56"/>
        <source>Back up to a USB stick</source>
        <translation>Sao lưu vào USB</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="71"/>
        <source>All the data is written to the folder you choose as one encrypted file, named with the commune, the date and the time. The file is read back and checked before the program says it is done.</source>
        <translation>Toàn bộ dữ liệu được ghi vào thư mục đã chọn thành một tệp mã hóa, đặt tên theo tên xã, ngày và giờ. Tệp được đọc lại và kiểm tra trước khi phần mềm báo đã xong.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="76"/>
        <source>Without the password nobody can open the backup — not even you. Write the password down and keep it in a locked place, apart from the USB stick.</source>
        <translation>Không có mật khẩu thì không ai mở được bản sao lưu — kể cả người đã tạo ra nó. Hãy ghi mật khẩu ra giấy và cất ở nơi có khóa, để riêng với USB.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="81"/>
        <source>The USB stick, for example E:\</source>
        <translation>Ổ USB, ví dụ E:\</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="83"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="98"/>
        <source>At least %1 characters</source>
        <translation>Ít nhất %1 ký tự</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="102"/>
        <source>Show the password</source>
        <translation>Hiện mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="107"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="109"/>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="110"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="111"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="122"/>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="149"/>
        <source>Choose the USB stick or folder</source>
        <translation>Chọn ổ USB hoặc thư mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="165"/>
        <source>This folder is on the same drive as the data: a backup here is lost with the computer. Choose a USB stick if you can.</source>
        <translation>Thư mục này nằm trên cùng ổ đĩa với dữ liệu: nếu máy tính hỏng hoặc mất thì bản sao lưu ở đây cũng mất theo. Nên chọn USB nếu có thể.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="189"/>
        <source>Choose the folder (the USB stick) first.</source>
        <translation>Hãy chọn thư mục (ổ USB) trước.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="199"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hai mật khẩu không khớp nhau. Hãy nhập lại.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="254"/>
        <source>Done. The backup was written, read back and checked:
%1
(%2, %3 children, %4 s)</source>
        <translation>Đã xong. Bản sao lưu đã được ghi, đọc lại và kiểm tra:
%1
(%2, %3 trẻ em, %4 giây)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="261"/>
        <source>This folder is on the computer&apos;s own drive: copy the file to a USB stick too.</source>
        <translation>Thư mục này nằm trên ổ đĩa của chính máy tính: hãy chép thêm tệp sang USB.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="273"/>
        <source>The backup failed because of an unexpected error (see the log): %1</source>
        <translation>Không sao lưu được do lỗi không mong muốn (xem nhật ký): %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_dialog.py" line="279"/>
        <source>Cancelled. Nothing was left on the stick.</source>
        <translation>Đã hủy. Không có gì được để lại trên USB.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="351"/>
        <source>{0}: {1} — click to list them</source>
        <translation>{0}: {1} — bấm để xem danh sách</translation>
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
    <name>CancelDocumentDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="155"/>
        <source>Cancel a document</source>
        <translation>Hủy văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="155"/>
        <source>Cancel the &amp;document</source>
        <translation>Hủy &amp;văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="160"/>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="167"/>
        <source>Document:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="168"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="169"/>
        <source>&amp;Cancelled on:</source>
        <translation>&amp;Ngày hủy:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="170"/>
        <source>The document keeps its number; the number is never given again.</source>
        <translation>Văn bản vẫn giữ số đã cấp; số này không được cấp lại.</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="210"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="225"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="228"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="234"/>
        <source>Enter: save   ·   Esc: cancel</source>
        <translation>Enter: lưu   ·   Esc: hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="422"/>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="423"/>
        <source>What you typed in this form has not been saved. Close it and lose it?</source>
        <translation>Những gì đã nhập trong biểu mẫu này chưa được lưu. Đóng và bỏ đi?</translation>
    </message>
</context>
<context>
    <name>CareFollowUps</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="40"/>
        <source>Worker&apos;s visit (Mẫu 13)</source>
        <translation>Thăm, theo dõi trẻ (Mẫu 13)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="42"/>
        <source>Carer&apos;s report</source>
        <translation>Thông báo của người nhận chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="44"/>
        <source>Commune&apos;s 6-monthly review</source>
        <translation>UBND xã đánh giá định kỳ 06 tháng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="47"/>
        <source>Review: move the child to a family</source>
        <translation>Rà soát để chuyển trẻ về gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="50"/>
        <source>off the schedule</source>
        <translation>ngoài lịch</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="52"/>
        <source>after 1 month</source>
        <translation>sau 1 tháng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="52"/>
        <source>after {0} months</source>
        <translation>sau {0} tháng</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="95"/>
        <source>Application (Mẫu 08)</source>
        <translation>Đơn đăng ký (Mẫu 08)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="98"/>
        <source>Relative&apos;s notice (Điều 65.4)</source>
        <translation>Người thân thích thông báo (Điều 65.4)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="121"/>
        <source>Alternative care</source>
        <translation>Chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="126"/>
        <source>New placement…</source>
        <translation>Giao chăm sóc thay thế…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="127"/>
        <source>Record a decision to place a child (Mẫu 12, Ctrl+N)</source>
        <translation>Ghi quyết định giao, nhận trẻ em (Mẫu 12, Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="128"/>
        <source>Register carer (Mẫu 08)…</source>
        <translation>Đăng ký người nhận chăm sóc (Mẫu 08)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="131"/>
        <source>A person or family who applies to take a child, or a relative&apos;s notice</source>
        <translation>Cá nhân, gia đình đăng ký nhận chăm sóc thay thế, hoặc người thân thích thông báo nhận chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="132"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="133"/>
        <source>Open the selected line (Enter)</source>
        <translation>Mở dòng đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="152"/>
        <source>Children in alternative care</source>
        <translation>Trẻ em được chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="153"/>
        <source>Carers</source>
        <translation>Người nhận chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="154"/>
        <source>Follow-ups due</source>
        <translation>Việc theo dõi đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="164"/>
        <source>Current placements</source>
        <translation>Đang chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="165"/>
        <source>Ended placements</source>
        <translation>Đã chấm dứt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="166"/>
        <source>All placements</source>
        <translation>Tất cả các trường hợp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="169"/>
        <source>All forms</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="177"/>
        <source>Child, carer or code…</source>
        <translation>Trẻ em, người nhận chăm sóc hoặc mã…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="180"/>
        <source>Overdue only</source>
        <translation>Chỉ việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="181"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="185"/>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="274"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="189"/>
        <source>Current or ended</source>
        <translation>Đang chăm sóc hoặc đã chấm dứt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="190"/>
        <source>Form of care</source>
        <translation>Hình thức chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="248"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="253"/>
        <source>Any registration</source>
        <translation>Mọi hình thức đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="263"/>
        <source>Name (with or without accents)…</source>
        <translation>Tên (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="266"/>
        <source>Quarterly list (Mẫu 09)…</source>
        <translation>Danh sách hằng quý (Mẫu 09)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="270"/>
        <source>Those registered by the end of a quarter, as sent every quarter</source>
        <translation>Cá nhân, gia đình đã đăng ký tính đến hết quý, theo danh sách gửi cấp trên hằng quý</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="278"/>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="300"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="279"/>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="299"/>
        <source>Registration</source>
        <translation>Hình thức đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="297"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="298"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="301"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="302"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="303"/>
        <source>Children in care</source>
        <translation>Số trẻ đang chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="328"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="329"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="330"/>
        <source>Placement</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="331"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="332"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="339"/>
        <source>Nothing due: no handover or follow-up is close.</source>
        <translation>Không có việc đến hạn: chưa có việc giao, nhận trẻ em hay theo dõi nào sắp đến hạn.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="347"/>
        <source>Handovers not yet recorded, and follow-ups due soon or overdue (the worker&apos;s visits on Mẫu 13, the carer&apos;s reports, the commune&apos;s 6-monthly reviews), soonest first. Enter opens the placement.</source>
        <translation>Các việc giao, nhận trẻ em chưa ghi nhận và các việc theo dõi sắp đến hạn hoặc đã quá hạn (cán bộ theo dõi, đánh giá theo Mẫu 13, thông báo của người nhận chăm sóc, đánh giá định kỳ 06 tháng của Ủy ban nhân dân xã), việc gần hạn nhất lên đầu. Enter để mở việc chăm sóc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="412"/>
        <source>1 placement</source>
        <translation>1 trường hợp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="412"/>
        <source>{0} placements</source>
        <translation>{0} trường hợp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="417"/>
        <source>No placement matches the filters.</source>
        <translation>Không có trường hợp nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="421"/>
        <source>No child is in alternative care. Press New placement (Ctrl+N).</source>
        <translation>Chưa có trẻ em nào được chăm sóc thay thế. Bấm «Giao chăm sóc thay thế» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="442"/>
        <source>{0} ({1} not agreeing)</source>
        <translation>{0} ({1} không đồng ý)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="464"/>
        <source>1 carer</source>
        <translation>1 người nhận chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="464"/>
        <source>{0} carers</source>
        <translation>{0} người nhận chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="468"/>
        <source>Nobody on the registry matches the filters.</source>
        <translation>Không có ai trong danh sách khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="472"/>
        <source>Nobody on the registry yet. Press Register carer (Mẫu 08).</source>
        <translation>Danh sách chưa có ai. Bấm «Đăng ký người nhận chăm sóc (Mẫu 08)».</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="507"/>
        <source>Follow-ups due ({0})</source>
        <translation>Việc theo dõi đến hạn ({0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/care_page.py" line="509"/>
        <source>Follow-ups due ({0}, {1} overdue)</source>
        <translation>Việc theo dõi đến hạn ({0}, {1} quá hạn)</translation>
    </message>
</context>
<context>
    <name>CarerFormDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="135"/>
        <source>Register a carer (Mẫu 08)</source>
        <translation>Đăng ký nhận chăm sóc thay thế (Mẫu 08)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="136"/>
        <source>Edit carer: {0}</source>
        <translation>Sửa thông tin người nhận chăm sóc thay thế: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="144"/>
        <source>A person or family who applied to take a child (Mẫu 08), or a relative who told the commune they care for the child (Điều 65.4). The conditions, verification and approval are recorded on the carer&apos;s record afterwards.</source>
        <translation>Cá nhân, gia đình làm đơn đăng ký nhận chăm sóc thay thế (Mẫu 08), hoặc người thân thích đã thông báo với Ủy ban nhân dân xã về việc nhận chăm sóc trẻ em (Điều 65.4). Điều kiện, kết quả xác minh và phê duyệt được ghi sau, trong hồ sơ của người nhận chăm sóc thay thế.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="149"/>
        <source>Correct or complete what the registry says. Household members, conditions, verification and approval are changed on the carer&apos;s record.</source>
        <translation>Sửa hoặc bổ sung thông tin trong danh sách đăng ký. Thành viên gia đình, điều kiện, kết quả xác minh và phê duyệt được cập nhật trong hồ sơ của người nhận chăm sóc thay thế.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="154"/>
        <source>Person or family *</source>
        <translation>Cá nhân hay gia đình *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="158"/>
        <source>How registered *</source>
        <translation>Hình thức đăng ký *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="172"/>
        <source>Born *</source>
        <translation>Ngày sinh *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="178"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="185"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="186"/>
        <source>12 digits (optional)</source>
        <translation>12 chữ số (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="191"/>
        <source>— not in the commune / not chosen —</source>
        <translation>— không thuộc xã / chưa chọn —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="197"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="201"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="202"/>
        <source>House number, hamlet…</source>
        <translation>Số nhà, xóm…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="208"/>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="212"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="220"/>
        <source>Wishes about the child to take</source>
        <translation>Nguyện vọng về trẻ em nhận chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="221"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="223"/>
        <source>Household members</source>
        <translation>Thành viên trong gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="225"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="225"/>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="225"/>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="226"/>
        <source>Agrees</source>
        <translation>Đồng thuận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="230"/>
        <source>Add member…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="231"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="251"/>
        <source>The other people living in the household. Everyone must agree to take the child (Điều 63.2.c).</source>
        <translation>Những người khác cùng sống trong gia đình. Tất cả các thành viên phải đồng thuận về việc nhận chăm sóc trẻ em (Điều 63.2.c).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="265"/>
        <source>Representative&apos;s full name *</source>
        <translation>Họ và tên người đại diện gia đình *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="266"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="269"/>
        <source>Date of the notice *</source>
        <translation>Ngày thông báo *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="270"/>
        <source>Date of the application *</source>
        <translation>Ngày nộp đơn *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="309"/>
        <source>This carer may already be registered</source>
        <translation>Người này có thể đã có trong danh sách đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="310"/>
        <source>Save as a new carer anyway</source>
        <translation>Vẫn lưu thành người đăng ký mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="322"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="322"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>CarerPicker</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="117"/>
        <source>Carer</source>
        <translation>Người nhận chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="118"/>
        <source>Register a carer…</source>
        <translation>Thêm người nhận chăm sóc…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="122"/>
        <source>The carer is not on the registry yet: register and choose them here</source>
        <translation>Người nhận chăm sóc chưa có trong danh sách: thêm vào và chọn ở đây</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="152"/>
        <source>— choose a carer of the registry —</source>
        <translation>— chọn người nhận chăm sóc trong danh sách —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="180"/>
        <source>Nobody on the registry can take a child for this form yet.</source>
        <translation>Chưa có ai trong danh sách đủ điều kiện nhận trẻ theo hình thức này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="187"/>
        <source>verified on {0}: {1}</source>
        <translation>xác minh ngày {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="190"/>
        <source>not verified yet (Mẫu 11)</source>
        <translation>chưa xác minh (Mẫu 11)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="192"/>
        <source>approved on {0}</source>
        <translation>phê duyệt ngày {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="194"/>
        <source>not approved by the Chairman yet</source>
        <translation>chưa được Chủ tịch phê duyệt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="196"/>
        <source>caring for {0} child(ren) now</source>
        <translation>đang chăm sóc {0} trẻ em</translation>
    </message>
</context>
<context>
    <name>CarerRecordDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="144"/>
        <source>Edit details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="145"/>
        <source>Stop taking children…</source>
        <translation>Ngừng nhận chăm sóc thay thế…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="148"/>
        <source>The carer withdrew, moved away or is no longer eligible: kept with the date</source>
        <translation>Người nhận chăm sóc rút đăng ký, chuyển đi nơi khác hoặc không còn đủ điều kiện: hồ sơ vẫn được giữ, kèm ngày ngừng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="171"/>
        <source>1. Registration</source>
        <translation>1. Đăng ký nhận chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="173"/>
        <source>2. Conditions of Điều 63.2</source>
        <translation>2. Điều kiện theo Điều 63.2</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="174"/>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="248"/>
        <source>Check conditions…</source>
        <translation>Kiểm tra điều kiện…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="176"/>
        <source>3. Verification by the worker (Mẫu 11)</source>
        <translation>3. Xác minh điều kiện của người làm công tác bảo vệ trẻ em (Mẫu 11)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="177"/>
        <source>Record verification (Mẫu 11)…</source>
        <translation>Ghi kết quả xác minh (Mẫu 11)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="180"/>
        <source>4. Approval by the Chairman of the commune</source>
        <translation>4. Chủ tịch Ủy ban nhân dân xã phê duyệt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="181"/>
        <source>Record approval…</source>
        <translation>Ghi phê duyệt…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="184"/>
        <source>5. Children placed with this carer</source>
        <translation>5. Trẻ em được giao cho người nhận chăm sóc này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="185"/>
        <source>Place a child with this carer…</source>
        <translation>Giao trẻ em cho người này…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="210"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="211"/>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="212"/>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="213"/>
        <source>Agrees</source>
        <translation>Đồng thuận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="214"/>
        <source>Member since</source>
        <translation>Là thành viên từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="215"/>
        <source>Left</source>
        <translation>Rời khỏi hộ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="220"/>
        <source>Add member…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="221"/>
        <source>Member left…</source>
        <translation>Thành viên rời hộ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="224"/>
        <source>The member no longer lives in the household: the date and reason are kept</source>
        <translation>Thành viên không còn sống trong hộ: ngày và lý do vẫn được lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="227"/>
        <source>No other household member recorded.</source>
        <translation>Chưa ghi thành viên nào khác trong gia đình.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="233"/>
        <source>Everyone living in the household must agree to take the child (Điều 63.2.c).</source>
        <translation>Mọi thành viên sống trong hộ phải đồng thuận về việc nhận chăm sóc trẻ em (Điều 63.2.c).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="239"/>
        <source>Point</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="240"/>
        <source>Condition (Điều 63.2)</source>
        <translation>Điều kiện (Điều 63.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="241"/>
        <source>Answer</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="242"/>
        <source>Checked on</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="243"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="244"/>
        <source>What was seen</source>
        <translation>Căn cứ kiểm tra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="254"/>
        <source>The latest answer for each condition; earlier checks are in the history.</source>
        <translation>Kết quả kiểm tra gần nhất của từng điều kiện; các lần kiểm tra trước xem trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="260"/>
        <source>Placement</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="261"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="262"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="263"/>
        <source>From – to</source>
        <translation>Từ – đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="264"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="270"/>
        <source>Open placement</source>
        <translation>Mở hồ sơ chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="272"/>
        <source>No child has been placed with this carer.</source>
        <translation>Chưa giao trẻ em nào cho người nhận chăm sóc này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="279"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="279"/>
        <source>User</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="279"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="280"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="287"/>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="288"/>
        <source>Household</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="289"/>
        <source>Conditions (Điều 63.2)</source>
        <translation>Điều kiện (Điều 63.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="290"/>
        <source>Children cared for</source>
        <translation>Trẻ em được chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="291"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="294"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="355"/>
        <source>Carer: {0}</source>
        <translation>Người nhận chăm sóc thay thế: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="362"/>
        <source>born {0}</source>
        <translation>sinh {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="366"/>
        <source>ID {0}</source>
        <translation>số định danh {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="372"/>
        <source>phone {0}</source>
        <translation>điện thoại {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="377"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="383"/>
        <source>Stopped on {0}: {1}</source>
        <translation>Đã ngừng nhận chăm sóc thay thế ngày {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="400"/>
        <source>Household ({0})</source>
        <translation>Hộ gia đình ({0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="401"/>
        <source>Children cared for ({0})</source>
        <translation>Trẻ em được chăm sóc ({0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="406"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="407"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="411"/>
        <source>{0} on {1}</source>
        <translation>{0} ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="420"/>
        <source>Not checked yet.</source>
        <translation>Chưa kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="422"/>
        <source>{0} of 8 met; last checked on {1} by {2}.</source>
        <translation>Đạt {0}/8 điều kiện; kiểm tra gần nhất ngày {1}, người kiểm tra {2}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="428"/>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="549"/>
        <source>Not met</source>
        <translation>Không đáp ứng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="431"/>
        <source>Not met:</source>
        <translation>Không đạt:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="439"/>
        <source>Not checked yet:</source>
        <translation>Chưa kiểm tra:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="449"/>
        <source>{0} — {1}, by {2}.</source>
        <translation>{0} — {1}, người xác minh {2}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="455"/>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="458"/>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="484"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="460"/>
        <source>The conditions are met: record the worker&apos;s verification.</source>
        <translation>Đã đạt các điều kiện: hãy ghi kết quả xác minh của người làm công tác bảo vệ trẻ em.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="462"/>
        <source>After the conditions are checked.</source>
        <translation>Sau khi kiểm tra xong các điều kiện.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="469"/>
        <source>Approved on {0} by {1}</source>
        <translation>Phê duyệt ngày {0}, người phê duyệt {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="473"/>
        <source>, document {0}</source>
        <translation>, văn bản số {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="477"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="481"/>
        <source>A relative who notified the commune (Điều 65.4) needs no approval; it can still be recorded.</source>
        <translation>Người thân thích đã thông báo với Ủy ban nhân dân xã (Điều 65.4) không cần phê duyệt; nếu có, vẫn có thể ghi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="486"/>
        <source>Verified eligible: submit to the Chairman for approval.</source>
        <translation>Đã xác minh đủ điều kiện: trình Chủ tịch Ủy ban nhân dân xã phê duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="488"/>
        <source>After a verification that finds the carer eligible.</source>
        <translation>Sau khi xác minh người nhận chăm sóc đủ điều kiện.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="493"/>
        <source>Now caring for: {0}</source>
        <translation>Đang chăm sóc: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="500"/>
        <source>No child in this carer&apos;s care now.</source>
        <translation>Hiện không chăm sóc trẻ em nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="503"/>
        <source>{0} now</source>
        <translation>Hiện có {0} trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="509"/>
        <source>Wishes: {0}</source>
        <translation>Nguyện vọng: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="511"/>
        <source>Note: {0}</source>
        <translation>Ghi chú: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="526"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="526"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="546"/>
        <source>not checked yet</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="548"/>
        <source>Met</source>
        <translation>Đáp ứng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="567"/>
        <source>since {0}</source>
        <translation>từ {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_record.py" line="571"/>
        <source>Current</source>
        <translation>Đang chăm sóc</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="209"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="210"/>
        <source>Back to the list (Alt+Left or Esc)</source>
        <translation>Quay lại danh sách (Alt+← hoặc Esc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="224"/>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="540"/>
        <source>Show confidential details</source>
        <translation>Hiện thông tin mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="230"/>
        <source>The report, the informant, the assessments and the kind of abuse are confidential (Nghị định 56, Điều 24): shown only when asked.</source>
        <translation>Nội dung tiếp nhận, người cung cấp thông tin, các đánh giá và hình thức xâm hại là thông tin mật (Điều 24 Nghị định 56): chỉ hiện khi được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="258"/>
        <source>Open the child&apos;s page</source>
        <translation>Mở hồ sơ của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="262"/>
        <source>Link to a child…</source>
        <translation>Gắn với trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="263"/>
        <source>The child is in the register: choose them</source>
        <translation>Trẻ đã có trong danh sách: chọn trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="264"/>
        <source>Register the child…</source>
        <translation>Lập hồ sơ trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="267"/>
        <source>The child is not in the register yet: add them and link this case</source>
        <translation>Trẻ chưa có trong danh sách: lập hồ sơ trẻ và gắn với hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="276"/>
        <source>Child:</source>
        <translation>Trẻ em:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="328"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="328"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="329"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="343"/>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="350"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="648"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="358"/>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="365"/>
        <source>Implementation log</source>
        <translation>Nhật ký thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="392"/>
        <source>Services and tasks of the plan</source>
        <translation>Dịch vụ, công việc của kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="396"/>
        <source>Service or task</source>
        <translation>Dịch vụ, công việc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="397"/>
        <source>Responsible / provider</source>
        <translation>Chịu trách nhiệm / nơi cung cấp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="398"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="399"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="400"/>
        <source>Budget (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="401"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="413"/>
        <source>Update the selected task…</source>
        <translation>Cập nhật công việc đang chọn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="917"/>
        <source>Services and tasks: {0} · budget {1} VND</source>
        <translation>Dịch vụ, công việc: {0} · kinh phí {1} đồng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="965"/>
        <source>Tasks finished: {0} of {1} · log entries: {2}</source>
        <translation>Công việc đã xong: {0}/{1} · số dòng nhật ký: {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="973"/>
        <source>Add a log entry…</source>
        <translation>Thêm nhật ký…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="531"/>
        <source>Level: {0}</source>
        <translation>Mức độ: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="287"/>
        <source>Record it now…</source>
        <translation>Ghi nhận ngay…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="288"/>
        <source>Open the form of the next step (Ctrl+Enter)</source>
        <translation>Mở biểu mẫu của bước tiếp theo (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="340"/>
        <source>No time limit of the decree is running yet; the next step&apos;s due time is above.</source>
        <translation>Chưa có thời hạn nào của Nghị định đang chạy; hạn của bước tiếp theo ghi ở trên.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="350"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="351"/>
        <source>What was done</source>
        <translation>Nội dung đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="366"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="431"/>
        <source>Print plan (Mẫu 04)…</source>
        <translation>In kế hoạch (Mẫu 04)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="434"/>
        <source>Preview, print or save the plan of this cycle (Kế hoạch hỗ trợ, can thiệp)</source>
        <translation>Xem trước, in hoặc lưu kế hoạch của chu kỳ này (Kế hoạch hỗ trợ, can thiệp)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="435"/>
        <source>Decision (Mẫu 05)…</source>
        <translation>Quyết định (Mẫu 05)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="439"/>
        <source>Draft the decision approving the plan, with the plan attached, and register its number</source>
        <translation>Dự thảo quyết định phê duyệt kế hoạch, kèm theo kế hoạch, và lấy số trong sổ văn bản đi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="507"/>
        <source>The confidential details of this case</source>
        <translation>Thông tin mật của hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="538"/>
        <source>Hide confidential details</source>
        <translation>Ẩn thông tin mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="556"/>
        <source>about {0} years old</source>
        <translation>khoảng {0} tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="558"/>
        <source>age not known</source>
        <translation>chưa rõ tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="560"/>
        <source>sex: {0}</source>
        <translation>giới tính: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="563"/>
        <source>sex not known</source>
        <translation>chưa rõ giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="564"/>
        <source>unknown child — {0}</source>
        <translation>trẻ chưa rõ danh tính — {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="566"/>
        <source>Report received {0} · {1}</source>
        <translation>Tiếp nhận thông tin {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="582"/>
        <source>The case was closed on {0}.</source>
        <translation>Hồ sơ đã đóng ngày {0}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="586"/>
        <source>Nothing to do.</source>
        <translation>Không có việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="590"/>
        <source>Next: {0} by {1} ({2})</source>
        <translation>Tiếp theo: {0} trước {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="594"/>
        <source>Next: {0}</source>
        <translation>Tiếp theo: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="597"/>
        <source>Also: {0} by {1} ({2})</source>
        <translation>Ngoài ra: {0} trước {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="614"/>
        <source>Done late, {0}</source>
        <translation>Đã xong nhưng muộn, {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="615"/>
        <source>Done in time, {0}</source>
        <translation>Đã xong đúng hạn, {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="649"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="650"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="651"/>
        <source>Not needed</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="663"/>
        <source>Cycle {0} — began {1}: {2}{3}</source>
        <translation>Chu kỳ {0} — bắt đầu {1}: {2}{3}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="671"/>
        <source>Steps of Nghị định 56/2017, in order</source>
        <translation>Các bước theo Nghị định 56/2017, theo thứ tự</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="701"/>
        <source>Earlier cycles:</source>
        <translation>Các chu kỳ trước:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="702"/>
        <source>Cycle {0}, began {1}</source>
        <translation>Chu kỳ {0}, bắt đầu {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="704"/>
        <source>level {0}</source>
        <translation>mức độ {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="707"/>
        <source>plan approved by decision {0} of {1}</source>
        <translation>kế hoạch phê duyệt theo quyết định {0} ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="713"/>
        <source>reviewed {0}: {1}</source>
        <translation>đánh giá lại {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="718"/>
        <source>closed {0}</source>
        <translation>đóng {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="726"/>
        <source>(confidential details hidden)</source>
        <translation>(thông tin mật đang ẩn)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="745"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="746"/>
        <source>Record…</source>
        <translation>Ghi nhận…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="749"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="756"/>
        <source>Received {0} by {1} ({2})</source>
        <translation>Tiếp nhận {0}, người tiếp nhận {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="763"/>
        <source>Condition</source>
        <translation>Tình trạng của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="764"/>
        <source>Place</source>
        <translation>Nơi xảy ra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="765"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="766"/>
        <source>Already done</source>
        <translation>Đã làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="768"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="772"/>
        <source>Informant</source>
        <translation>Người cung cấp thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="789"/>
        <source>1. Intake report (Mẫu 01)</source>
        <translation>1. Tiếp nhận thông tin (Mẫu 01)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="792"/>
        <source>Reason: {0}</source>
        <translation>Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="795"/>
        <source>1. Case reopened</source>
        <translation>1. Mở lại hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="797"/>
        <source>1. New cycle after the review</source>
        <translation>1. Chu kỳ mới sau đánh giá</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="806"/>
        <source>Level: {0} · emergency intervention: {1}</source>
        <translation>Mức độ: {0} · can thiệp khẩn cấp: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="807"/>
        <source>needed</source>
        <translation>cần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="808"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="815"/>
        <source>Not required in a cycle that follows a review.</source>
        <translation>Không bắt buộc trong chu kỳ tiếp theo sau đánh giá.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="818"/>
        <source>2. Initial risk assessment (Mẫu 02)</source>
        <translation>2. Đánh giá nguy cơ ban đầu (Mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="832"/>
        <source>Temporary separation from {0} until {1}</source>
        <translation>Tạm thời cách ly từ {0} đến {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="834"/>
        <source>(no end date yet)</source>
        <translation>(chưa có ngày kết thúc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="838"/>
        <source>Decision {0}</source>
        <translation>Quyết định {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="843"/>
        <source>Measures</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="844"/>
        <source>Place of safety</source>
        <translation>Nơi tạm trú an toàn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="854"/>
        <source>Not needed: the initial assessment found no emergency.</source>
        <translation>Không cần: đánh giá ban đầu không xác định trường hợp khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="858"/>
        <source>Within 12 hours of the report, when the assessment asks for it.</source>
        <translation>Trong vòng 12 giờ từ khi nhận thông tin, khi đánh giá xác định cần can thiệp khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="861"/>
        <source>3. Emergency intervention / temporary separation (Mẫu 07)</source>
        <translation>3. Can thiệp khẩn cấp / tạm thời cách ly trẻ em (Mẫu 07)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="887"/>
        <source>4. Detailed risk assessment (Mẫu 03)</source>
        <translation>4. Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="897"/>
        <source>Conclusions: {0}</source>
        <translation>Kết luận: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="902"/>
        <source>5. Case meeting chaired by the commune chairman</source>
        <translation>5. Họp xác định nhu cầu hỗ trợ, can thiệp do Chủ tịch Ủy ban nhân dân xã chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="916"/>
        <source>Goals: {0}</source>
        <translation>Mục tiêu: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="926"/>
        <source>6. Support and intervention plan (Mẫu 04) — 5 working days</source>
        <translation>6. Kế hoạch hỗ trợ, can thiệp (Mẫu 04) — 05 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="935"/>
        <source>7. Plan submitted to the commune chairman</source>
        <translation>7. Trình Chủ tịch Ủy ban nhân dân xã phê duyệt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="937"/>
        <source>Submitted on {0}</source>
        <translation>Trình ngày {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="947"/>
        <source>8. Decision approving the plan (Mẫu 05) — 2 working days</source>
        <translation>8. Quyết định phê duyệt kế hoạch (Mẫu 05) — 02 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="949"/>
        <source>Decision {0} of {1}, signed by {2}</source>
        <translation>Quyết định {0} ngày {1}, người ký {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="970"/>
        <source>9. Carrying out the plan: services, referrals, log</source>
        <translation>9. Thực hiện kế hoạch: dịch vụ, chuyển gửi, nhật ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="983"/>
        <source>Level now: {0} · {1}</source>
        <translation>Mức độ hiện nay: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="987"/>
        <source>Harm</source>
        <translation>Mức độ tổn hại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="988"/>
        <source>Abuser&apos;s access</source>
        <translation>Khả năng tiếp cận của người gây hại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="989"/>
        <source>Obstacles at home</source>
        <translation>Trở ngại tại gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="994"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1008"/>
        <source>The previous cycle&apos;s review on {0} asked for a new plan.</source>
        <translation>Đánh giá của chu kỳ trước ngày {0} đề nghị xây dựng kế hoạch mới.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1012"/>
        <source>10. Review after the plan (Mẫu 06)</source>
        <translation>10. Đánh giá sau thực hiện kế hoạch (Mẫu 06)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1023"/>
        <source>11. Case closed</source>
        <translation>11. Đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1026"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1032"/>
        <source>11. Close the case, or a new cycle</source>
        <translation>11. Đóng hồ sơ hoặc bắt đầu chu kỳ mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1034"/>
        <source>A new cycle starts from the review when the child is still at risk.</source>
        <translation>Khi trẻ vẫn còn nguy cơ, chu kỳ mới bắt đầu từ kết quả đánh giá.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1035"/>
        <source>Close the case…</source>
        <translation>Đóng hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1041"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1083"/>
        <source>Total budget: {0} VND</source>
        <translation>Tổng kinh phí: {0} đồng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1159"/>
        <source>Link the case to a child</source>
        <translation>Gắn hồ sơ với trẻ em</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="68"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="69"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="70"/>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="71"/>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="72"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="73"/>
        <source>Next action</source>
        <translation>Việc tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="74"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="75"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/case_table_model.py" line="170"/>
        <source>Closed {0}</source>
        <translation>Đã đóng {0}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="67"/>
        <source>Support and intervention</source>
        <translation>Hỗ trợ, can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="72"/>
        <source>New case (intake)…</source>
        <translation>Hồ sơ mới (tiếp nhận)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="73"/>
        <source>Record a report about a child at risk (Ctrl+N)</source>
        <translation>Ghi nhận thông tin về trẻ em cần bảo vệ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="74"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="75"/>
        <source>Open the selected case (Enter)</source>
        <translation>Mở hồ sơ đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="92"/>
        <source>Open cases</source>
        <translation>Hồ sơ đang xử lý</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="93"/>
        <source>Closed cases</source>
        <translation>Hồ sơ đã đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="94"/>
        <source>All cases</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="97"/>
        <source>All levels</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="102"/>
        <source>All stages</source>
        <translation>Mọi bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="106"/>
        <source>Overdue only</source>
        <translation>Chỉ hồ sơ quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="107"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="111"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="115"/>
        <source>Open or closed</source>
        <translation>Đang xử lý hoặc đã đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="116"/>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="117"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="182"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="167"/>
        <source>Nothing to do: no open case has a next step.</source>
        <translation>Không có việc cần làm: không hồ sơ nào đang chờ bước tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="173"/>
        <source>The next action of every open case, soonest first. Enter opens the case.</source>
        <translation>Việc tiếp theo của mọi hồ sơ đang xử lý, việc gần hạn nhất lên đầu. Enter để mở hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="181"/>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="236"/>
        <source>1 case</source>
        <translation>1 hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="236"/>
        <source>{0} cases</source>
        <translation>{0} hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="240"/>
        <source>No case matches the filters.</source>
        <translation>Không có hồ sơ nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="244"/>
        <source>No open case. Press New case (intake) when a report comes in (Ctrl+N).</source>
        <translation>Không có hồ sơ đang xử lý. Khi nhận được thông tin, bấm «Hồ sơ mới (tiếp nhận)» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="250"/>
        <source>To do ({0})</source>
        <translation>Việc cần làm ({0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="252"/>
        <source>To do ({0}, {1} overdue)</source>
        <translation>Việc cần làm ({0}, {1} quá hạn)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="27"/>
        <source>Change my password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="38"/>
        <source>Your password was set by the administrator. Choose your own password before you start: only you should know it.</source>
        <translation>Mật khẩu của bạn do người quản trị đặt. Hãy đặt mật khẩu riêng trước khi làm việc: chỉ mình bạn được biết mật khẩu này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="40"/>
        <source>Enter your current password, then the new one twice.</source>
        <translation>Nhập mật khẩu hiện tại, rồi nhập mật khẩu mới hai lần.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="42"/>
        <source>At least %1 characters, not the same as your user name.</source>
        <translation>Ít nhất %1 ký tự, không trùng với tên đăng nhập của bạn.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="47"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="51"/>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="48"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="52"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="49"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="53"/>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="59"/>
        <source>Change the password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="63"/>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/password_dialog.py" line="85"/>
        <source>The two new passwords are not the same; type them again.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau; hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="164"/>
        <source>Save image…</source>
        <translation>Lưu ảnh…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="166"/>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="168"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="186"/>
        <source>Save image</source>
        <translation>Lưu ảnh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="187"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="196"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="197"/>
        <source>PDF file (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/check_dialog.py" line="30"/>
        <source>Check the data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/check_dialog.py" line="35"/>
        <source>Checking every page, record and index of the data file, and the links between records. This takes a few seconds for a large register.</source>
        <translation>Đang kiểm tra mọi trang, bản ghi, chỉ mục của tệp dữ liệu và các liên kết giữa các bản ghi. Với danh sách lớn, việc này mất vài giây.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/check_dialog.py" line="104"/>
        <source>No problem found: every page, record, index and link between records is sound (%1 children; %2 s).</source>
        <translation>Không phát hiện lỗi: mọi trang, bản ghi, chỉ mục và liên kết giữa các bản ghi đều nguyên vẹn (%1 trẻ em; %2 giây).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/check_dialog.py" line="113"/>
        <source>The check found problems in the data file. Close this window to see how to restore the most recent good backup.</source>
        <translation>Việc kiểm tra phát hiện lỗi trong tệp dữ liệu. Hãy đóng cửa sổ này để xem cách khôi phục từ bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/check_dialog.py" line="119"/>
        <source>The check could not run: %1</source>
        <translation>Không thực hiện được việc kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>ChildCareTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="58"/>
        <source>Current placement</source>
        <translation>Chăm sóc thay thế hiện tại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="59"/>
        <source>The child is not in alternative care.</source>
        <translation>Trẻ hiện không được chăm sóc thay thế.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="67"/>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="112"/>
        <source>Placement</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="68"/>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="113"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="69"/>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="114"/>
        <source>Cared for by</source>
        <translation>Người nhận chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="70"/>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="71"/>
        <source>Handover</source>
        <translation>Giao, nhận trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="72"/>
        <source>Next follow-up</source>
        <translation>Theo dõi tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="87"/>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="123"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="88"/>
        <source>Open the current placement</source>
        <translation>Mở hồ sơ chăm sóc thay thế hiện tại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="89"/>
        <source>New placement…</source>
        <translation>Giao chăm sóc thay thế…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="90"/>
        <source>Record a decision to place this child (Mẫu 12)</source>
        <translation>Ghi quyết định giao trẻ em này cho người nhận chăm sóc thay thế (Mẫu 12)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="91"/>
        <source>Change carer or form…</source>
        <translation>Đổi người chăm sóc, hình thức…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="94"/>
        <source>A new decision for the child; the current placement ends in the same save</source>
        <translation>Quyết định mới cho trẻ; việc chăm sóc thay thế hiện tại chấm dứt ngay khi lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="109"/>
        <source>All placements, newest first</source>
        <translation>Các lần chăm sóc thay thế, mới nhất ở trên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="115"/>
        <source>From – to</source>
        <translation>Từ – đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="116"/>
        <source>Why it ended</source>
        <translation>Lý do chấm dứt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="124"/>
        <source>Open the selected placement (Enter)</source>
        <translation>Mở hồ sơ chăm sóc thay thế đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="126"/>
        <source>No placement recorded.</source>
        <translation>Chưa ghi nhận lần chăm sóc thay thế nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="139"/>
        <source>The record is archived: restore it before recording anything new.</source>
        <translation>Hồ sơ đã lưu trữ: hãy khôi phục trước khi ghi thêm.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="182"/>
        <source>{0} (decision {1} of {2})</source>
        <translation>{0} (quyết định số {1} ngày {2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="193"/>
        <source>{0} — due {1} ({2})</source>
        <translation>{0} — hạn {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="202"/>
        <source>nothing due</source>
        <translation>không có việc đến hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_care_tab.py" line="210"/>
        <source>{0} – now</source>
        <translation>{0} – nay</translation>
    </message>
</context>
<context>
    <name>ChildCasesTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="94"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="95"/>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="96"/>
        <source>Risk level</source>
        <translation>Mức độ nguy cơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="97"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="98"/>
        <source>Next action</source>
        <translation>Việc tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="99"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="100"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="107"/>
        <source>Open case</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="108"/>
        <source>Open the selected case (Enter)</source>
        <translation>Mở hồ sơ đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="110"/>
        <source>No support or intervention case for this child.</source>
        <translation>Trẻ chưa có hồ sơ hỗ trợ, can thiệp nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="112"/>
        <source>Case details are confidential: they are shown on the case page.</source>
        <translation>Nội dung hồ sơ là thông tin mật: chỉ xem ở trang hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="136"/>
        <source>Closed on {0}</source>
        <translation>Đã đóng ngày {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="141"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="98"/>
        <source>Cannot continue</source>
        <translation>Chưa thể tiếp tục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="345"/>
        <source>New child</source>
        <translation>Thêm trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="348"/>
        <source>Edit child {0} – {1}</source>
        <translation>Sửa hồ sơ trẻ {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="363"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="391"/>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="849"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="394"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="401"/>
        <source>Enter: save   ·   Esc: cancel</source>
        <translation>Enter: lưu   ·   Esc: hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="427"/>
        <source>Basic information</source>
        <translation>Thông tin cơ bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="433"/>
        <source>Family name, middle name and given name</source>
        <translation>Họ, tên đệm và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="434"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="443"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="447"/>
        <source>Date of birth *</source>
        <translation>Ngày sinh *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="453"/>
        <source>12 digits (optional)</source>
        <translation>12 chữ số (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="454"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="457"/>
        <source>— not recorded —</source>
        <translation>— chưa ghi —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="462"/>
        <source>Ethnic group</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="466"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="469"/>
        <source>House number, hamlet…</source>
        <translation>Số nhà, xóm…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="470"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="475"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="482"/>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="486"/>
        <source>Neither poor nor near-poor</source>
        <translation>Không thuộc hộ nghèo, cận nghèo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="494"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="500"/>
        <source>valid until</source>
        <translation>hạn đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="507"/>
        <source>Health insurance card</source>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="516"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="521"/>
        <source>Whether this parent is living, dead, missing…</source>
        <translation>Cha/mẹ còn sống, đã chết, mất tích…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="528"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="533"/>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="538"/>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="544"/>
        <source>Who looks after the child now, if not the parents</source>
        <translation>Người đang trực tiếp chăm sóc trẻ, nếu không phải cha mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="545"/>
        <source>Current caregiver</source>
        <translation>Người chăm sóc hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="555"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="562"/>
        <source>Relationship</source>
        <translation>Quan hệ với trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="576"/>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="587"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="590"/>
        <source>E.g. where the child moved to, and when</source>
        <translation>Ví dụ: trẻ chuyển đi đâu, từ khi nào</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="591"/>
        <source>Status note</source>
        <translation>Ghi chú trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="598"/>
        <source>Registered on</source>
        <translation>Ngày lập hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="603"/>
        <source>Why a child aged 16 or more is registered</source>
        <translation>Lý do lập hồ sơ cho người từ đủ 16 tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="605"/>
        <source>Reason (16 or older) *</source>
        <translation>Lý do (từ đủ 16 tuổi) *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="613"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="618"/>
        <source>Anything else worth knowing</source>
        <translation>Những điều khác cần biết</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="624"/>
        <source>Confidential notes</source>
        <translation>Ghi chú mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="637"/>
        <source>Sensitive information, for the officer only. The change history records that these notes changed, never what they say.</source>
        <translation>Thông tin nhạy cảm, chỉ cán bộ phụ trách được xem. Lịch sử thay đổi chỉ ghi là ghi chú này đã đổi, không bao giờ ghi nội dung.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="646"/>
        <source>The child&apos;s confidential notes</source>
        <translation>Ghi chú mật của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="676"/>
        <source>— not chosen —</source>
        <translation>— chưa chọn —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="821"/>
        <source>Please check before saving (press Save anyway to keep it as it is):</source>
        <translation>Hãy kiểm tra trước khi lưu (bấm «Vẫn lưu» để giữ nguyên):</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="825"/>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="896"/>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="897"/>
        <source>What you typed in this form has not been saved. Close it and lose it?</source>
        <translation>Những gì đã nhập trong biểu mẫu này chưa được lưu. Đóng và bỏ đi?</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="93"/>
        <source>Nothing: the record is archived. Restore it to work on it again.</source>
        <translation>Không có: hồ sơ đã lưu trữ. Hãy khôi phục để tiếp tục làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="97"/>
        <source>Update the status: the child has turned 16</source>
        <translation>Cập nhật trạng thái: trẻ đã đủ 16 tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="100"/>
        <source>Classify the child</source>
        <translation>Phân loại trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="103"/>
        <source>Verify the date of birth</source>
        <translation>Xác minh ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="105"/>
        <source>Check: {0}</source>
        <translation>Kiểm tra: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="114"/>
        <source>Renew the health insurance card (BHYT)</source>
        <translation>Gia hạn thẻ bảo hiểm y tế (BHYT)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="118"/>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="712"/>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="720"/>
        <source>Nothing to do</source>
        <translation>Không có việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="563"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="566"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="567"/>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="573"/>
        <source>Support &amp;&amp; intervention</source>
        <translation>Hỗ trợ can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="574"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="576"/>
        <source>Alternative care</source>
        <translation>Chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="592"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="593"/>
        <source>Back to the list (Alt+Left or Esc)</source>
        <translation>Quay lại danh sách (Alt+← hoặc Esc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="609"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="612"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="613"/>
        <source>Archive…</source>
        <translation>Lưu trữ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="614"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="667"/>
        <source>{0} — due {1} ({2})</source>
        <translation>{0} — hạn {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="683"/>
        <source>born {0}</source>
        <translation>sinh {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="684"/>
        <source>{0} years old</source>
        <translation>{0} tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="696"/>
        <source>The child has turned 16 and is no longer a child under the Law on Children.</source>
        <translation>Trẻ đã đủ 16 tuổi, không còn là trẻ em theo Luật Trẻ em.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="702"/>
        <source>This record is archived. Reason: {0}</source>
        <translation>Hồ sơ này đã lưu trữ. Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="713"/>
        <source>Next thing to do: {0}</source>
        <translation>Việc cần làm tiếp: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="715"/>
        <source>Also:</source>
        <translation>Ngoài ra:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="763"/>
        <source>Restore the record?</source>
        <translation>Khôi phục hồ sơ?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="764"/>
        <source>Put the record of {0} back in the register?</source>
        <translation>Đưa hồ sơ của {0} trở lại danh sách quản lý?</translation>
    </message>
</context>
<context>
    <name>ChildPickerDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/child_picker.py" line="41"/>
        <source>Choose a child</source>
        <translation>Chọn trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/child_picker.py" line="45"/>
        <source>Name, code, personal ID number or a parent&apos;s name…</source>
        <translation>Tên, mã, số định danh hoặc tên cha mẹ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/child_picker.py" line="53"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/child_picker.py" line="55"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/child_picker.py" line="61"/>
        <source>Find the child in the register:</source>
        <translation>Tìm trẻ trong danh sách:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/child_picker.py" line="90"/>
        <source>No child matches. Try fewer letters.</source>
        <translation>Không có trẻ nào khớp. Hãy gõ ít chữ hơn.</translation>
    </message>
</context>
<context>
    <name>ChildServicesTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="197"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="198"/>
        <source>Setting</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="199"/>
        <source>Provider</source>
        <translation>Nơi cung cấp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="200"/>
        <source>From – to</source>
        <translation>Từ – đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="201"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="202"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="209"/>
        <source>Add service…</source>
        <translation>Thêm dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="210"/>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="246"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="211"/>
        <source>End service…</source>
        <translation>Kết thúc dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="214"/>
        <source>The service ended on a date: write the date and its outcome.</source>
        <translation>Dịch vụ kết thúc vào một ngày: ghi ngày và kết quả.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="222"/>
        <source>No service recorded.</source>
        <translation>Chưa ghi nhận dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="225"/>
        <source>Services received</source>
        <translation>Dịch vụ đã nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="234"/>
        <source>Referred to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="235"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="236"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="237"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="238"/>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="245"/>
        <source>Add referral…</source>
        <translation>Thêm chuyển gửi…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="247"/>
        <source>Update status…</source>
        <translation>Cập nhật tình trạng…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="250"/>
        <source>The provider&apos;s answer: accepted, service given or declined, with feedback.</source>
        <translation>Trả lời của nơi nhận: đã tiếp nhận, đã cung cấp dịch vụ hoặc từ chối, kèm phản hồi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="258"/>
        <source>No referral recorded.</source>
        <translation>Chưa có chuyển gửi nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="261"/>
        <source>Referrals</source>
        <translation>Chuyển gửi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="269"/>
        <source>The record is archived: restore it before recording anything new.</source>
        <translation>Hồ sơ đã lưu trữ: hãy khôi phục trước khi ghi thêm.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="328"/>
        <source>{0} – ongoing</source>
        <translation>{0} – đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="356"/>
        <source>{0} on {1}</source>
        <translation>{0} ngày {1}</translation>
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
    <name>ChildrenListDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="187"/>
        <source>List of children</source>
        <translation>Danh sách trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="187"/>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="189"/>
        <source>Children of a &amp;group</source>
        <translation>Trẻ em theo &amp;nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="190"/>
        <source>Children of a &amp;village</source>
        <translation>Trẻ em theo &amp;thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="191"/>
        <source>&amp;All children under management</source>
        <translation>Tất cả trẻ em đang &amp;quản lý</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="76"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="85"/>
        <source>Search by name, code, personal ID number, parents&apos; names…</source>
        <translation>Tìm theo tên, mã, số định danh, tên cha mẹ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="91"/>
        <source>Add child</source>
        <translation>Thêm trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="92"/>
        <source>Register a new child (Ctrl+N)</source>
        <translation>Lập hồ sơ trẻ em mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="93"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="94"/>
        <source>Open the selected child&apos;s record (Enter)</source>
        <translation>Mở hồ sơ trẻ đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="95"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="96"/>
        <source>Edit the selected child&apos;s details</source>
        <translation>Sửa thông tin trẻ đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="97"/>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="100"/>
        <source>Add the children of an existing Excel list, checked line by line</source>
        <translation>Thêm trẻ em từ danh sách Excel có sẵn, kiểm tra từng dòng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="126"/>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="135"/>
        <source>Both sexes</source>
        <translation>Cả nam và nữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="141"/>
        <source>All ages</source>
        <translation>Mọi độ tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="147"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="152"/>
        <source>Archived records only</source>
        <translation>Chỉ hồ sơ đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="155"/>
        <source>Show only the records that were archived, instead of the register.</source>
        <translation>Chỉ hiện các hồ sơ đã lưu trữ thay cho danh sách đang quản lý.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="156"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="163"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="167"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="168"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="169"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="170"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="171"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="230"/>
        <source>Show all children</source>
        <translation>Xem tất cả trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="254"/>
        <source>All villages</source>
        <translation>Tất cả các thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="321"/>
        <source>Showing: {0} (year {1})</source>
        <translation>Đang xem: {0} (năm {1})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="344"/>
        <source>1 child</source>
        <translation>1 trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="346"/>
        <source>{0} children</source>
        <translation>{0} trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="354"/>
        <source>No child matches the search and filters. Try fewer words or clear the filters.</source>
        <translation>Không có trẻ nào khớp với từ tìm và bộ lọc. Hãy bớt từ hoặc bỏ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="358"/>
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
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="142"/>
        <source>Who found it: e.g. school, health station, the officer after a home visit</source>
        <translation>Ai phát hiện: ví dụ nhà trường, trạm y tế, cán bộ khi thăm gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="151"/>
        <source>Group *</source>
        <translation>Nhóm *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="152"/>
        <source>Sub-group</source>
        <translation>Nhóm nhỏ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="153"/>
        <source>From *</source>
        <translation>Từ ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="155"/>
        <source>Identified by</source>
        <translation>Người phát hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="156"/>
        <source>Basis of determination</source>
        <translation>Căn cứ xác định</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="157"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="161"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="163"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="210"/>
        <source>(this group has no sub-groups)</source>
        <translation>(nhóm này không có nhóm nhỏ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="213"/>
        <source>— not specified —</source>
        <translation>— không ghi —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="219"/>
        <source>Legal basis: {0}</source>
        <translation>Căn cứ pháp lý: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="236"/>
        <source>Choose a group.</source>
        <translation>Hãy chọn nhóm.</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="326"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="327"/>
        <source>Sub-group</source>
        <translation>Nhóm nhỏ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="328"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="329"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="330"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="331"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="341"/>
        <source>Add classification</source>
        <translation>Thêm phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="342"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="343"/>
        <source>End classification</source>
        <translation>Kết thúc phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="346"/>
        <source>The child no longer belongs to this group from a date; the row stays.</source>
        <translation>Trẻ không còn thuộc nhóm này kể từ một ngày; dòng phân loại vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="350"/>
        <source>Show confidential basis…</source>
        <translation>Xem căn cứ bảo mật…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="353"/>
        <source>The basis and note of a mental-health group are confidential</source>
        <translation>Căn cứ và ghi chú của nhóm sức khỏe tâm thần là thông tin bảo mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="358"/>
        <source>The child is not classified in any group yet.</source>
        <translation>Trẻ chưa được phân loại vào nhóm nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="398"/>
        <source>Active</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="399"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="401"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="435"/>
        <source>The basis of this mental-health group</source>
        <translation>Căn cứ xác định nhóm sức khỏe tâm thần này</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="133"/>
        <source>Close the case</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="140"/>
        <source>{0} task(s) of the plan are not finished: write why the case is closed.</source>
        <translation>{0} công việc của kế hoạch chưa xong: hãy ghi lý do đóng hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="145"/>
        <source>Closed on *</source>
        <translation>Ngày đóng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="146"/>
        <source>Reason</source>
        <translation>Lý do</translation>
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
    <name>ConditionsDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="459"/>
        <source>Conditions of Điều 63.2: {0}</source>
        <translation>Điều kiện theo Điều 63.2: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="464"/>
        <source>Mark each condition checked today as met or not met, with what was seen (a paper, a visit, the police&apos;s answer…). Conditions not checked this time keep their last answer.</source>
        <translation>Đánh dấu từng điều kiện đã kiểm tra hôm nay là đáp ứng hay không đáp ứng, kèm căn cứ đã xem (giấy tờ, kết quả đến thăm gia đình, trả lời của công an…). Điều kiện không kiểm tra lần này giữ nguyên kết quả lần trước.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="468"/>
        <source>Checked on *</source>
        <translation>Ngày kiểm tra *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="469"/>
        <source>Checked by *</source>
        <translation>Người kiểm tra *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="470"/>
        <source>All met</source>
        <translation>Đáp ứng tất cả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="472"/>
        <source>Mark every condition as met</source>
        <translation>Đánh dấu mọi điều kiện là đáp ứng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="480"/>
        <source>Condition (Điều 63.2)</source>
        <translation>Điều kiện (Điều 63.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="480"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="480"/>
        <source>What was seen</source>
        <translation>Căn cứ kiểm tra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="481"/>
        <source>Last answer</source>
        <translation>Kết quả lần trước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="491"/>
        <source>— not checked —</source>
        <translation>— chưa kiểm tra —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="492"/>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="502"/>
        <source>Met</source>
        <translation>Đáp ứng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="493"/>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="502"/>
        <source>Not met</source>
        <translation>Không đáp ứng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="501"/>
        <source>{0} on {1}</source>
        <translation>{0} ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="506"/>
        <source>never checked</source>
        <translation>chưa kiểm tra lần nào</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="521"/>
        <source>The checklist</source>
        <translation>Bảng kiểm tra điều kiện</translation>
    </message>
</context>
<context>
    <name>Confidential</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="108"/>
        <source>••• Confidential information — click Show</source>
        <translation>••• Thông tin bảo mật — bấm Xem</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="114"/>
        <source>Hidden: your account may not see confidential information.</source>
        <translation>Đã ẩn: tài khoản của bạn không có quyền xem thông tin bảo mật.</translation>
    </message>
</context>
<context>
    <name>ConfidentialValue</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="129"/>
        <source>Show…</source>
        <translation>Xem…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="131"/>
        <source>Show it; you will be asked for the reason</source>
        <translation>Xem nội dung; phần mềm sẽ hỏi lý do xem</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="507"/>
        <source>Opinion of a person of Điều 21</source>
        <translation>Ý kiến của người quy định tại Điều 21</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="509"/>
        <source>Whose opinion *</source>
        <translation>Ý kiến của *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="512"/>
        <source>Opinion *</source>
        <translation>Ý kiến *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="514"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="515"/>
        <source>Given on</source>
        <translation>Ngày cho ý kiến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="518"/>
        <source>Counselled in full by the commune beforehand (Điều 21.2)</source>
        <translation>Đã được Ủy ban nhân dân xã tư vấn đầy đủ trước khi cho ý kiến (Điều 21.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="520"/>
        <source>Document (death certificate, court…)</source>
        <translation>Giấy tờ chứng minh (giấy chứng tử, quyết định của Tòa án…)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="521"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="530"/>
        <source>A birth parent consents at least 15 days after the birth (Điều 21.4). For a parent who is dead, missing, incapacitated or unknown, choose that instead of an opinion: the other parent, or the guardian, decides.</source>
        <translation>Cha mẹ đẻ chỉ được đồng ý cho con làm con nuôi sau khi con đã được sinh ra ít nhất 15 ngày (Điều 21.4). Nếu cha đẻ hoặc mẹ đẻ đã chết, mất tích, mất năng lực hành vi dân sự hoặc không xác định được, hãy chọn tình trạng đó thay cho ý kiến: khi đó cần sự đồng ý của người còn lại, hoặc của người giám hộ.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="52"/>
        <source>The data file is damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="59"/>
        <source>The check of the data file found damage:
%1

The program does not work on a damaged file, so that nothing more is lost. Restore the most recent good backup; the damaged file is kept as it is in the backups folder.</source>
        <translation>Kiểm tra tệp dữ liệu phát hiện hư hỏng:
%1

Phần mềm không làm việc trên tệp bị hỏng để không mất thêm dữ liệu. Hãy khôi phục bản sao lưu tốt gần nhất; tệp bị hỏng được giữ nguyên trong thư mục sao lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="61"/>
        <source>(no details)</source>
        <translation>(không có chi tiết)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="68"/>
        <source>Restore the automatic copy of %1</source>
        <translation>Khôi phục bản sao tự động lúc %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="75"/>
        <source>The automatic copy holds the data as it was then; what was entered after it has to be entered again.</source>
        <translation>Bản sao tự động chứa dữ liệu tại thời điểm đó; những gì đã nhập sau thời điểm đó phải nhập lại.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="81"/>
        <source>There is no good automatic copy on this computer. Restore from a backup on a USB stick.</source>
        <translation>Máy tính này không có bản sao tự động nào còn tốt. Hãy khôi phục từ bản sao lưu trên USB.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="85"/>
        <source>Restore from a backup file…</source>
        <translation>Khôi phục từ tệp sao lưu…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="87"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="87"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="107"/>
        <source>Replace the damaged data file with the automatic copy of %1?</source>
        <translation>Thay tệp dữ liệu bị hỏng bằng bản sao tự động lúc %1?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/damaged_dialog.py" line="110"/>
        <source>Restore the automatic copy</source>
        <translation>Khôi phục bản sao tự động</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="141"/>
        <source>Children with mental-health problems reached by services</source>
        <translation>Trẻ em có vấn đề sức khỏe tâm thần được tiếp cận dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="149"/>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="295"/>
        <source>Orphans in alternative care</source>
        <translation>Trẻ em mồ côi được chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="174"/>
        <source>To do — most urgent first</source>
        <translation>Việc cần làm — gấp nhất trước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="185"/>
        <source>Show all</source>
        <translation>Xem tất cả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="195"/>
        <source>Children under management by group (today)</source>
        <translation>Trẻ em đang quản lý theo nhóm (hôm nay)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="236"/>
        <source>Counting what is due…</source>
        <translation>Đang đếm việc cần làm…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="248"/>
        <source>{0} of {1} children reached in {2}</source>
        <translation>{0} trên {1} trẻ em được tiếp cận trong năm {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="253"/>
        <source>{0} of {1} orphans, on {2}</source>
        <translation>{0} trên {1} trẻ em mồ côi, ngày {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="258"/>
        <source>{0} not reached yet — show them</source>
        <translation>{0} trẻ chưa được tiếp cận — xem danh sách</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="260"/>
        <source>{0} without alternative care — show them</source>
        <translation>{0} trẻ chưa có chăm sóc thay thế — xem danh sách</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="288"/>
        <source>By quarter, {0} (from 1 January)</source>
        <translation>Theo quý, năm {0} (lũy kế từ 01/01)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="292"/>
        <source>Mental health, reached</source>
        <translation>Sức khỏe tâm thần được tiếp cận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="311"/>
        <source>Nothing is due in any programme.</source>
        <translation>Không có việc nào đến hạn trong các chương trình.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="312"/>
        <source>{0} things to do, {1} overdue</source>
        <translation>{0} việc cần làm, {1} việc quá hạn</translation>
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
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="88"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="92"/>
        <source>at</source>
        <translation>lúc</translation>
    </message>
</context>
<context>
    <name>DetailedAssessmentDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="129"/>
        <source>Detailed risk assessment (Mẫu 03)</source>
        <translation>Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="130"/>
        <source>Assessed on *</source>
        <translation>Ngày đánh giá *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="131"/>
        <source>Assessed by *</source>
        <translation>Người đánh giá *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="133"/>
        <source>The eight items of Điều 27.1 — confidential (Nghị định 56, Điều 24)</source>
        <translation>Tám nội dung của khoản 1 Điều 27 — thông tin mật (Điều 24 Nghị định 56)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="134"/>
        <source>Shown only on request.</source>
        <translation>Chỉ hiện khi được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="152"/>
        <source>The parent or caregiver harmed the child (their views are not taken, Điều 27.1.h)</source>
        <translation>Cha, mẹ hoặc người chăm sóc là người gây tổn hại cho trẻ (không lấy ý kiến, điểm h khoản 1 Điều 27)</translation>
    </message>
</context>
<context>
    <name>DocumentFormDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="85"/>
        <source>The texts that do not change were taken from {0}: check the year, the numbers and the dates before saving.</source>
        <translation>Các nội dung ít thay đổi được lấy từ {0}: hãy kiểm tra lại năm, số liệu và ngày tháng trước khi lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="100"/>
        <source>Include the &amp;confidential details (Nghị định 56, Điều 24), marked:</source>
        <translation>Kèm thông tin &amp;mật (Nghị định 56, Điều 24), đóng dấu:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="104"/>
        <source>Marking</source>
        <translation>Dấu chỉ độ mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="130"/>
        <source>&amp;Save and preview</source>
        <translation>&amp;Lưu và xem trước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="135"/>
        <source>Keep the texts with the document in the register, then preview it (Ctrl+Enter)</source>
        <translation>Lưu nội dung cùng văn bản trong sổ văn bản đi, rồi xem trước (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="153"/>
        <source>Subject (trích yếu)</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="154"/>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="155"/>
        <source>I.1 Purpose</source>
        <translation>I.1 Mục đích</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="156"/>
        <source>I.2 Requirements</source>
        <translation>I.2 Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="157"/>
        <source>II. Targets</source>
        <translation>II. Mục tiêu, chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="158"/>
        <source>II. The commune&apos;s figures</source>
        <translation>II. Số liệu trên địa bàn xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="159"/>
        <source>III. Tasks and solutions</source>
        <translation>III. Nhiệm vụ và giải pháp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="160"/>
        <source>IV. Budget</source>
        <translation>IV. Kinh phí thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="161"/>
        <source>V. Culture and social affairs officer</source>
        <translation>V. Công chức Văn hóa - Xã hội</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="162"/>
        <source>V. Commune health station</source>
        <translation>V. Trạm Y tế xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="163"/>
        <source>V. Schools</source>
        <translation>V. Các trường học</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="164"/>
        <source>V. Justice and civil status officer</source>
        <translation>V. Công chức Tư pháp - Hộ tịch</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="165"/>
        <source>V. Finance and accounting officer</source>
        <translation>V. Công chức Tài chính - Kế toán</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="166"/>
        <source>V. Fatherland Front and mass organisations</source>
        <translation>V. Ủy ban Mặt trận Tổ quốc và các đoàn thể</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="167"/>
        <source>Closing paragraph</source>
        <translation>Đoạn kết</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="168"/>
        <source>Recipients (Nơi nhận)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="169"/>
        <source>Sent to (Kính gửi)</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="170"/>
        <source>II.1 Direction and organisation</source>
        <translation>II.1 Công tác chỉ đạo, triển khai</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="171"/>
        <source>I. Comment on the children&apos;s figures</source>
        <translation>I. Nhận xét về tình hình trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="172"/>
        <source>II.2 Comment on mental health care</source>
        <translation>II.2 Nhận xét về chăm sóc sức khỏe tâm thần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="173"/>
        <source>II.3 Comment on orphan care</source>
        <translation>II.3 Nhận xét về chăm sóc trẻ em mồ côi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="174"/>
        <source>II.4 Comment on support and intervention</source>
        <translation>II.4 Nhận xét về hỗ trợ, can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="175"/>
        <source>II.5 Comment on the services</source>
        <translation>II.5 Nhận xét về dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="176"/>
        <source>II.6 Communication, training, visits and support</source>
        <translation>II.6 Truyền thông, tập huấn, thăm hỏi, hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="177"/>
        <source>III.1 Strengths</source>
        <translation>III.1 Ưu điểm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="178"/>
        <source>III.2 Shortcomings and their causes</source>
        <translation>III.2 Tồn tại, hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="179"/>
        <source>IV. Tasks for next year</source>
        <translation>IV. Phương hướng, nhiệm vụ năm sau</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="180"/>
        <source>V. Proposals</source>
        <translation>V. Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="181"/>
        <source>Issuing authority</source>
        <translation>Thẩm quyền ban hành</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="182"/>
        <source>Legal grounds (Căn cứ)</source>
        <translation>Căn cứ ban hành</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="183"/>
        <source>Grounds of this case</source>
        <translation>Căn cứ của trường hợp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="184"/>
        <source>At the proposal of</source>
        <translation>Theo đề nghị của</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="185"/>
        <source>Article 1</source>
        <translation>Điều 1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="186"/>
        <source>Article 2</source>
        <translation>Điều 2</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="187"/>
        <source>Article 3</source>
        <translation>Điều 3</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="188"/>
        <source>Attached plan: monitoring and evaluation</source>
        <translation>Kế hoạch kèm theo: giám sát, đánh giá</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="193"/>
        <source>One paragraph per line.</source>
        <translation>Mỗi dòng một đoạn.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="194"/>
        <source>Made from the register today; &apos;Standard text&apos; makes them again.</source>
        <translation>Lập từ dữ liệu hiện có hôm nay; bấm «Nội dung mẫu» để lập lại.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="195"/>
        <source>First line: the body; then its tasks, one paragraph per line.</source>
        <translation>Dòng đầu: tên cơ quan, đơn vị; tiếp theo là nhiệm vụ, mỗi dòng một đoạn.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="198"/>
        <source>One recipient per line; the last line says where the copy is kept (Lưu: VT, VHXH).</source>
        <translation>Mỗi dòng một nơi nhận; dòng cuối ghi nơi lưu văn bản (Lưu: VT, VHXH).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="199"/>
        <source>The upper level the report goes to; one per line.</source>
        <translation>Cơ quan cấp trên nhận báo cáo; mỗi dòng một cơ quan.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="200"/>
        <source>One ground per line; the semicolons are added when printing.</source>
        <translation>Mỗi dòng một căn cứ; dấu chấm phẩy được thêm khi in.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="211"/>
        <source>Standard text</source>
        <translation>Nội dung mẫu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="213"/>
        <source>Put back the template&apos;s text for this part</source>
        <translation>Đặt lại nội dung mẫu cho phần này</translation>
    </message>
</context>
<context>
    <name>DocumentForms</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="364"/>
        <source>Plan of the programme</source>
        <translation>Kế hoạch thực hiện Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="373"/>
        <source>Report of results</source>
        <translation>Báo cáo kết quả thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="388"/>
        <source>{0} of {1} has already been issued ({2}). Draft another one?</source>
        <translation>{0} năm {1} đã được ban hành ({2}). Dự thảo thêm văn bản khác?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="390"/>
        <source>Already issued</source>
        <translation>Đã ban hành</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="247"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="251"/>
        <source>&amp;Signer:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="256"/>
        <source>Include &amp;confidential notes, marked:</source>
        <translation>In kèm ghi chú &amp;mật, dấu chỉ dẫn:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="261"/>
        <source>Marking</source>
        <translation>Dấu chỉ độ mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="267"/>
        <source>The marking printed in a frame under the number when confidential notes are included</source>
        <translation>Dấu chỉ dẫn in trong khung dưới số văn bản khi in kèm ghi chú mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="274"/>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="276"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="277"/>
        <source>Print on A4 paper at full size (Ctrl+P)</source>
        <translation>In trên giấy A4, đúng kích thước thật (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="278"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="279"/>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Lưu văn bản thành tệp PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="280"/>
        <source>&amp;Issue…</source>
        <translation>&amp;Ban hành…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="281"/>
        <source>Give this draft its number and date in the register</source>
        <translation>Cấp số và ngày cho dự thảo này trong sổ văn bản đi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="284"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="299"/>
        <source>Zoom:</source>
        <translation>Thu phóng:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="378"/>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="378"/>
        <source>{0} pages</source>
        <translation>{0} trang</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="393"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="409"/>
        <source>The printer could not be opened. Check it and try again.</source>
        <translation>Không mở được máy in. Hãy kiểm tra máy in rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="434"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="435"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../src/commune_care/ui/models/document_table_model.py" line="48"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/document_table_model.py" line="49"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/document_table_model.py" line="50"/>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/document_table_model.py" line="51"/>
        <source>Subject</source>
        <translation>Trích yếu nội dung</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/document_table_model.py" line="52"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/document_table_model.py" line="53"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/document_table_model.py" line="92"/>
        <source>(draft) {0}</source>
        <translation>(dự thảo) {0}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="78"/>
        <source>Outgoing documents register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="83"/>
        <source>Child record sheet…</source>
        <translation>Phiếu thông tin trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="84"/>
        <source>Print the record sheet of a child</source>
        <translation>In phiếu thông tin của một trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="85"/>
        <source>List of children…</source>
        <translation>Danh sách trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="86"/>
        <source>Print the list of children of a group or a village</source>
        <translation>In danh sách trẻ em theo nhóm hoặc theo thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="87"/>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="88"/>
        <source>The year&apos;s figures and lists in one Excel workbook</source>
        <translation>Số liệu và danh sách của năm trong một tệp Excel</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="89"/>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="92"/>
        <source>Preview, print or save the selected document (Enter)</source>
        <translation>Xem trước, in hoặc lưu văn bản đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="93"/>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="94"/>
        <source>Give the selected draft its number and date</source>
        <translation>Cấp số và ngày ban hành cho dự thảo đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="95"/>
        <source>Cancel document…</source>
        <translation>Hủy văn bản…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="96"/>
        <source>Cancel the selected document; its number is kept</source>
        <translation>Hủy văn bản đang chọn; số văn bản vẫn được giữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="126"/>
        <source>All types</source>
        <translation>Mọi loại văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="133"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="137"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="141"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="145"/>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="146"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="203"/>
        <source>New plan for year…</source>
        <translation>Lập kế hoạch năm…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="206"/>
        <source>The year&apos;s plan of the mental-health and orphan-care programme</source>
        <translation>Kế hoạch năm thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="207"/>
        <source>New report for year…</source>
        <translation>Lập báo cáo năm…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="208"/>
        <source>The year&apos;s report of results, with its figures</source>
        <translation>Báo cáo kết quả thực hiện năm, kèm số liệu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="209"/>
        <source>Edit texts…</source>
        <translation>Sửa nội dung…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="210"/>
        <source>Edit the texts of the selected draft</source>
        <translation>Sửa nội dung của dự thảo đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="242"/>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="280"/>
        <source>1 document</source>
        <translation>1 văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="280"/>
        <source>{0} documents</source>
        <translation>{0} văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="285"/>
        <source>No document matches the filters.</source>
        <translation>Không có văn bản nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="287"/>
        <source>No document in the register this year yet.</source>
        <translation>Sổ văn bản đi năm nay chưa có văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="385"/>
        <source>Record sheet of a child</source>
        <translation>Phiếu thông tin trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="398"/>
        <source>Record sheet — {0}</source>
        <translation>Phiếu thông tin trẻ em — {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/documents_page.py" line="423"/>
        <source>List of children</source>
        <translation>Danh sách trẻ em</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="232"/>
        <source>This child may already be registered</source>
        <translation>Trẻ này có thể đã có hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="241"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="242"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="243"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="244"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="245"/>
        <source>Father / mother</source>
        <translation>Cha / mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="246"/>
        <source>Why it may be the same child</source>
        <translation>Vì sao có thể là cùng một trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="283"/>
        <source>Open existing record</source>
        <translation>Mở hồ sơ đã có</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="284"/>
        <source>Save as a new record anyway</source>
        <translation>Vẫn lưu thành hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/child_dialog.py" line="285"/>
        <source>Back to editing</source>
        <translation>Quay lại sửa</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="83"/>
        <source>Emergency intervention / temporary separation (Mẫu 07)</source>
        <translation>Can thiệp khẩn cấp / tạm thời cách ly trẻ em (Mẫu 07)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="84"/>
        <source>Done on *</source>
        <translation>Thực hiện lúc *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="85"/>
        <source>Done by *</source>
        <translation>Người thực hiện *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="86"/>
        <source>Shown only on request.</source>
        <translation>Chỉ hiện khi được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="88"/>
        <source>Emergency measures taken *</source>
        <translation>Biện pháp khẩn cấp đã áp dụng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="90"/>
        <source>Place of safety</source>
        <translation>Nơi tạm trú an toàn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="92"/>
        <source>Separation from</source>
        <translation>Cách ly từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="95"/>
        <source>Separation until (at most 15 days)</source>
        <translation>Cách ly đến ngày (tối đa 15 ngày)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="97"/>
        <source>Separation decision number</source>
        <translation>Số quyết định cách ly</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="98"/>
        <source>Decision signed by</source>
        <translation>Người ký quyết định</translation>
    </message>
</context>
<context>
    <name>EndClassificationDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="296"/>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="321"/>
        <source>End classification</source>
        <translation>Kết thúc phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="303"/>
        <source>Since {0}</source>
        <translation>Từ {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="315"/>
        <source>End date *</source>
        <translation>Ngày kết thúc *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/classification_dialog.py" line="323"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EndMemberDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="424"/>
        <source>Member left the household</source>
        <translation>Thành viên không còn sống trong gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="425"/>
        <source>{0}, member since {1}</source>
        <translation>{0}, là thành viên từ {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="430"/>
        <source>No longer a member from *</source>
        <translation>Không còn là thành viên từ ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="432"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="433"/>
        <source>E.g. moved away, married</source>
        <translation>Ví dụ: chuyển đi nơi khác, kết hôn</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="115"/>
        <source>End the placement (Mẫu 15/16)</source>
        <translation>Chấm dứt việc chăm sóc thay thế (Mẫu 15/16)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="121"/>
        <source>To place the child with someone else at the same time, use “Change carer or form…” instead: it ends this placement in the same save.</source>
        <translation>Để giao trẻ cho người khác cùng lúc, hãy dùng “Đổi người chăm sóc, hình thức…”: việc chăm sóc thay thế này sẽ chấm dứt ngay khi lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="125"/>
        <source>Ends on *</source>
        <translation>Ngày chấm dứt *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="128"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="133"/>
        <source>— choose the reason —</source>
        <translation>— chọn lý do —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="139"/>
        <source>Carer&apos;s request (Mẫu 15) of</source>
        <translation>Đơn đề nghị chấm dứt (Mẫu 15) ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="141"/>
        <source>when the carer asked to end the care</source>
        <translation>ngày người nhận chăm sóc đề nghị chấm dứt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="145"/>
        <source>Decision to end (Mẫu 16) No.</source>
        <translation>Quyết định chấm dứt (Mẫu 16) số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="149"/>
        <source>Decision to end dated</source>
        <translation>Ngày quyết định chấm dứt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="152"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="171"/>
        <source>Required: ended by the Chairman&apos;s decision (Mẫu 16, Điều 48.2).</source>
        <translation>Bắt buộc: việc chăm sóc thay thế chấm dứt theo quyết định của Chủ tịch Ủy ban nhân dân xã (Mẫu 16, Điều 48.2).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="173"/>
        <source>No decision is needed for this reason; record it if there is one.</source>
        <translation>Lý do này không cần quyết định; nếu có quyết định thì ghi vào.</translation>
    </message>
</context>
<context>
    <name>EndServiceDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="397"/>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="420"/>
        <source>End service</source>
        <translation>Kết thúc dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="403"/>
        <source>Since {0}</source>
        <translation>Từ {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="408"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="416"/>
        <source>End date *</source>
        <translation>Ngày kết thúc *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="419"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>ExcelExportDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="59"/>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="65"/>
        <source>Anonymised: child codes instead of names; no ID numbers, addresses or parents</source>
        <translation>Ẩn danh: ghi mã trẻ thay cho họ tên; không có số định danh, địa chỉ, họ tên cha mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="69"/>
        <source>The workbook will hold children&apos;s names, ID numbers, addresses and parents&apos; names: personal data protected by law (Nghị định 56, Điều 24). Keep it on this PC or hand it over in person; to send it by e-mail, tick Anonymised.</source>
        <translation>Tệp sẽ có họ tên, số định danh, địa chỉ của trẻ em và họ tên cha mẹ: dữ liệu cá nhân được pháp luật bảo vệ (Nghị định 56, Điều 24). Hãy giữ tệp trên máy này hoặc trao tận tay; muốn gửi qua thư điện tử, hãy chọn «Ẩn danh».</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="86"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="87"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="88"/>
        <source>Six months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="89"/>
        <source>From … to …</source>
        <translation>Từ ngày … đến ngày …</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="101"/>
        <source>from</source>
        <translation>từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="102"/>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="107"/>
        <source>Add template of the upper level…</source>
        <translation>Thêm mẫu của cấp trên…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="108"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="109"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="110"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="122"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="128"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="129"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="156"/>
        <source>One workbook for the period: summary, children in special circumstances, mental health, orphans and alternative care, support and intervention (no confidential information), activities. Or the list of children in a template of the upper level.</source>
        <translation>Một tệp Excel cho kỳ báo cáo: tổng hợp, trẻ em có hoàn cảnh đặc biệt, sức khỏe tâm thần, mồ côi và chăm sóc thay thế, hỗ trợ can thiệp (không có thông tin mật), hoạt động. Hoặc danh sách trẻ em theo mẫu của cấp trên.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="177"/>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="179"/>
        <source>First six months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="180"/>
        <source>Last six months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="200"/>
        <source>Type both dates as dd/mm/yyyy.</source>
        <translation>Hãy nhập cả hai ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="209"/>
        <source>The app&apos;s workbook (six sheets)</source>
        <translation>Mẫu của phần mềm (6 trang tính)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="250"/>
        <source>Rename the template</source>
        <translation>Đổi tên mẫu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="251"/>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="268"/>
        <source>Delete the template</source>
        <translation>Xóa mẫu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="269"/>
        <source>Delete the template «%1»? Files already exported stay.</source>
        <translation>Xóa mẫu «%1»? Các tệp đã xuất vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="133"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="138"/>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="143"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="278"/>
        <source>Save the Excel file</source>
        <translation>Lưu tệp Excel</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="279"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="299"/>
        <source>Personal data</source>
        <translation>Dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="302"/>
        <source>This workbook will hold the names and personal details of children. Export the anonymised workbook instead (child codes only)?</source>
        <translation>Tệp này sẽ có họ tên và thông tin cá nhân của trẻ em. Xuất tệp ẩn danh (chỉ có mã trẻ) thay thế không?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="304"/>
        <source>The export is recorded in the audit trail with your name and the time.</source>
        <translation>Việc xuất tệp được ghi vào nhật ký hệ thống cùng tên người dùng và thời gian.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="305"/>
        <source>Export &amp;anonymised</source>
        <translation>Xuất tệp &amp;ẩn danh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="306"/>
        <source>Export &amp;with names</source>
        <translation>Xuất tệp &amp;có họ tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="321"/>
        <source>Choose where to save the file.</source>
        <translation>Hãy chọn nơi lưu tệp.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="325"/>
        <source>The folder does not exist. Choose another one.</source>
        <translation>Thư mục không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="358"/>
        <source>Writing the workbook…</source>
        <translation>Đang ghi tệp Excel…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="394"/>
        <source>Done: %1 (%2 children).</source>
        <translation>Đã xuất xong: %1 (%2 trẻ em).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="403"/>
        <source>The file could not be written. See the log for details.</source>
        <translation>Không ghi được tệp. Xem chi tiết trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_export_dialog.py" line="407"/>
        <source>Cancelled; no file was written.</source>
        <translation>Đã hủy; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>ExcelTemplateDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="63"/>
        <source>Template of the upper level</source>
        <translation>Mẫu của cấp trên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="68"/>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="83"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên mẫu:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="84"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="85"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="86"/>
        <source>&amp;List:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="87"/>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="92"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="92"/>
        <source>Header in the template</source>
        <translation>Tiêu đề cột trong mẫu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="93"/>
        <source>What the app writes</source>
        <translation>Phần mềm ghi vào</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="111"/>
        <source>Choose the Excel file the upper level sent. The app finds the row of column headers and guesses what goes in each column; correct any column below. Exports then fill a copy of this file: its title rows, header, formatting and signatures stay as they are.</source>
        <translation>Chọn tệp Excel cấp trên gửi. Phần mềm tìm dòng tiêu đề cột và đoán thông tin của từng cột; hãy sửa lại cột nào chưa đúng ở bảng dưới. Khi xuất, phần mềm điền vào một bản sao của tệp này: dòng tiêu đề, tiêu đề cột, định dạng và phần ký tên giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="138"/>
        <source>Choose the template</source>
        <translation>Chọn tệp mẫu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="139"/>
        <source>Excel workbook (*.xlsx *.xlsm)</source>
        <translation>Tệp Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="163"/>
        <source>The column headers of this file differ from the saved template: check what goes in each column before saving.</source>
        <translation>Tiêu đề cột của tệp này khác với mẫu đã lưu: hãy kiểm tra thông tin ghi vào từng cột trước khi lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="179"/>
        <source>Column headers found on row %1; the list starts on row %2.</source>
        <translation>Tìm thấy tiêu đề cột ở dòng %1; danh sách bắt đầu từ dòng %2.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="182"/>
        <source>The template&apos;s totals line is filled in.</source>
        <translation>Dòng «Tổng cộng» của mẫu sẽ được điền số liệu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/excel_template_dialog.py" line="216"/>
        <source>Choose the template file first.</source>
        <translation>Hãy chọn tệp mẫu trước.</translation>
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
        <location filename="../../src/commune_care/ui/feedback.py" line="58"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/feedback.py" line="64"/>
        <source>The program hit an unexpected error. What you have saved is safe; the last action may not have finished.</source>
        <translation>Phần mềm gặp lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn; thao tác vừa rồi có thể chưa hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/feedback.py" line="66"/>
        <source>The details are written to the log in: %1</source>
        <translation>Chi tiết được ghi vào nhật ký trong thư mục: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/feedback.py" line="70"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="444"/>
        <source>File received (Điều 17, 18, 19)</source>
        <translation>Nhận hồ sơ (Điều 17, 18, 19)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="453"/>
        <source>The adopters&apos; file (application, ID, judicial record, marital status, health certificate, family situation) and the child&apos;s (birth certificate, health certificate, two photos, the parents&apos; documents). The opinions are due within 10 days of the complete file.</source>
        <translation>Hồ sơ của người nhận con nuôi (đơn xin nhận con nuôi, giấy tờ tùy thân, phiếu lý lịch tư pháp, văn bản xác nhận tình trạng hôn nhân, giấy khám sức khỏe, văn bản xác nhận hoàn cảnh gia đình) và hồ sơ của trẻ (giấy khai sinh, giấy khám sức khỏe, hai ảnh toàn thân, giấy tờ về cha mẹ đẻ). Phải lấy xong ý kiến trong 10 ngày kể từ ngày nhận đủ hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="455"/>
        <source>Complete file received on *</source>
        <translation>Ngày nhận đủ hồ sơ *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="456"/>
        <source>Received by *</source>
        <translation>Người nhận hồ sơ *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="457"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="214"/>
        <source>Record a follow-up (Mẫu 13)</source>
        <translation>Ghi theo dõi, đánh giá (Mẫu 13)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="218"/>
        <source>Which follow-up *</source>
        <translation>Lần theo dõi *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="227"/>
        <source>Another follow-up, off the schedule</source>
        <translation>Lần theo dõi khác, ngoài lịch</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="231"/>
        <source>Kind *</source>
        <translation>Loại *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="236"/>
        <source>Done on *</source>
        <translation>Ngày thực hiện *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="237"/>
        <source>Done by *</source>
        <translation>Người thực hiện *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="238"/>
        <source>Findings *</source>
        <translation>Kết quả theo dõi *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="244"/>
        <source>The child&apos;s living conditions, health, spirit, schooling and how the child fits in with the carer&apos;s family…</source>
        <translation>Điều kiện sống, tình trạng sức khỏe, thể chất, tinh thần, học tập, sự hòa nhập của trẻ em với cá nhân, gia đình nhận chăm sóc thay thế…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="245"/>
        <source>Proposals, next steps</source>
        <translation>Đề xuất, việc tiếp theo</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="68"/>
        <source>Handover of the child</source>
        <translation>Giao, nhận trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="73"/>
        <source>Due by {0}: {1} working days after the decision of {2}.</source>
        <translation>Hạn {0}: {1} ngày làm việc kể từ ngày ban hành quyết định ({2}).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="79"/>
        <source>Handed over on *</source>
        <translation>Ngày giao, nhận *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_steps.py" line="83"/>
        <source>The follow-up schedule counts from the handover once recorded.</source>
        <translation>Khi đã ghi ngày giao, nhận trẻ em, lịch theo dõi, đánh giá được tính từ ngày đó.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="51"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="51"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="51"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="52"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="53"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="59"/>
        <source>What the selected entry changed:</source>
        <translation>Những gì dòng đang chọn đã thay đổi:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="60"/>
        <source>Field</source>
        <translation>Trường thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="60"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="60"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/history_view.py" line="61"/>
        <source>Old and new values</source>
        <translation>Giá trị cũ và mới</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="80"/>
        <source>Child protection in the commune</source>
        <translation>Công tác trẻ em của xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="88"/>
        <source>Year of the figures</source>
        <translation>Năm của số liệu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="89"/>
        <source>The year of the targets, the quarters and activities</source>
        <translation>Năm của các chỉ tiêu, số liệu theo quý và hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="91"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="93"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="94"/>
        <source>Count again (F5)</source>
        <translation>Đếm lại (F5)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="111"/>
        <source>The register today</source>
        <translation>Sổ trẻ em hôm nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="120"/>
        <source>No child is registered yet. Add the children on the Children page.</source>
        <translation>Chưa có hồ sơ trẻ em nào. Hãy thêm trẻ em ở trang Trẻ em.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="135"/>
        <source>Under management, by sex</source>
        <translation>Đang quản lý, theo giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="137"/>
        <source>Under management, by age</source>
        <translation>Đang quản lý, theo độ tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="146"/>
        <source>Under management, by group (groups held today)</source>
        <translation>Đang quản lý, theo nhóm (nhóm tại ngày hôm nay)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="212"/>
        <source>as of {0}</source>
        <translation>tính đến {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="216"/>
        <source>Children under management</source>
        <translation>Trẻ em đang quản lý</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="220"/>
        <source>All records in the register</source>
        <translation>Tổng số hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="221"/>
        <source>Archived records</source>
        <translation>Hồ sơ đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="232"/>
        <source>{0} with no date of birth recorded (in no age group).</source>
        <translation>{0} trẻ chưa ghi ngày sinh (không tính vào nhóm tuổi nào).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="244"/>
        <source>Children in special circumstances (Law on Children, Article 10)</source>
        <translation>Trẻ em có hoàn cảnh đặc biệt (Điều 10 Luật Trẻ em)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="245"/>
        <source>Other groups followed</source>
        <translation>Các nhóm khác được theo dõi</translation>
    </message>
</context>
<context>
    <name>ImportChildrenDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="112"/>
        <source>Import children from Excel</source>
        <translation>Nhập danh sách trẻ em từ Excel</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="130"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="131"/>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="389"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="132"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="153"/>
        <source>Choose a file, or type or paste its path</source>
        <translation>Chọn tệp, hoặc gõ hay dán đường dẫn của tệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="156"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="170"/>
        <source>Excel file:</source>
        <translation>Tệp Excel:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="171"/>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="178"/>
        <source>1. Choose the Excel list</source>
        <translation>1. Chọn danh sách Excel</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="187"/>
        <source>Choose the .xlsx file in which the commune keeps its children. Title rows above the list, merged header cells, blank and total lines are fine: the header is found by its column names (Họ và tên, Ngày sinh, …). A file with a password or an old .xls file must first be saved as .xlsx in Excel.</source>
        <translation>Chọn tệp .xlsx mà xã đang dùng để quản lý danh sách trẻ em. Tệp có các dòng tiêu đề phía trên danh sách, ô tiêu đề gộp, dòng trống hay dòng tổng cộng vẫn dùng được: phần mềm tìm dòng tiêu đề theo tên cột (Họ và tên, Ngày sinh, …). Tệp có mật khẩu hoặc tệp .xls cũ phải được lưu lại thành .xlsx trong Excel trước.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="201"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="201"/>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="202"/>
        <source>First values</source>
        <translation>Các giá trị đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="202"/>
        <source>Import into</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="218"/>
        <source>&amp;Use the guess from the headers</source>
        <translation>&amp;Dùng gợi ý theo tiêu đề cột</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="225"/>
        <source>2. Where each column goes</source>
        <translation>2. Chọn nơi nhập cho từng cột</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="241"/>
        <source>&amp;Add these villages to the commune</source>
        <translation>&amp;Thêm các thôn này vào xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="249"/>
        <source>All lines</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="252"/>
        <source>With something to check</source>
        <translation>Có điểm cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="256"/>
        <source>&amp;Show:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="295"/>
        <source>3. Check the lines</source>
        <translation>3. Kiểm tra các dòng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="309"/>
        <source>Only the lines marked «Sẽ nhập» are imported, all together or none. Lines that are probably a child already registered, or an earlier line of the file, are left out: importing the same file again adds nobody.</source>
        <translation>Chỉ các dòng có kết quả «Sẽ nhập» được nhập, tất cả cùng lúc hoặc không dòng nào. Các dòng có thể là trẻ đã có hồ sơ, hoặc trùng với một dòng phía trên trong tệp, được bỏ ra: nhập lại cùng một tệp sẽ không thêm trẻ nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="319"/>
        <source>4. Importing</source>
        <translation>4. Đang nhập</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="326"/>
        <source>Cancel stops the import and leaves the register exactly as it was before.</source>
        <translation>Bấm «Hủy» để dừng nhập; danh sách trẻ em được giữ nguyên như trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="339"/>
        <source>&amp;Save rejected lines…</source>
        <translation>&amp;Lưu các dòng bị từ chối…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="347"/>
        <source>5. Done</source>
        <translation>5. Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="358"/>
        <source>The rejected lines are saved with the same columns and a «Lý do» column that says what to correct. Correct them in that file and import it again.</source>
        <translation>Các dòng bị từ chối được lưu với các cột như cũ, thêm cột «Lý do» ghi những gì cần sửa. Hãy sửa trong tệp đó rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="374"/>
        <source>Step %1 of 5</source>
        <translation>Bước %1/5</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="383"/>
        <source>&amp;Import %1 children</source>
        <translation>&amp;Nhập %1 trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="386"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="498"/>
        <source>Choose the Excel list</source>
        <translation>Chọn danh sách Excel</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="500"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Bảng tính Excel (*.xlsx *.xlsm);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="515"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="531"/>
        <source> (hidden)</source>
        <translation> (ẩn)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="537"/>
        <source>The list&apos;s header is row %1 of sheet «%2»; %3 columns.</source>
        <translation>Dòng tiêu đề của danh sách là dòng %1 của trang tính «%2»; %3 cột.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="539"/>
        <source>The list&apos;s header is rows %1 of sheet «%2» (two levels); %3 columns.</source>
        <translation>Tiêu đề của danh sách nằm ở các dòng %1 của trang tính «%2» (hai cấp); %3 cột.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="567"/>
        <source>This layout was imported before: the columns are matched as they were then. Change any choice that is wrong.</source>
        <translation>Mẫu bảng này đã được nhập trước đây: các cột được ghép như lần đó. Hãy sửa lựa chọn nào chưa đúng.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="573"/>
        <source>The columns were recognised from their headers. Check each choice and change the wrong ones; columns set to «(không nhập)» are not imported. The choices are remembered for files with the same header.</source>
        <translation>Các cột được nhận biết theo tiêu đề. Hãy kiểm tra từng lựa chọn và sửa những lựa chọn sai; cột để «(không nhập)» sẽ không được nhập. Các lựa chọn được ghi nhớ cho những tệp có cùng dòng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="590"/>
        <source>Import column %1 into</source>
        <translation>Nhập cột %1 vào</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="613"/>
        <source>Reading and checking every line…</source>
        <translation>Đang đọc và kiểm tra từng dòng…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="650"/>
        <source>%1 lines read: %2 to import, %3 probably already registered, %4 rejected, %5 skipped (totals, headings).</source>
        <translation>Đã đọc %1 dòng: %2 dòng sẽ nhập, %3 dòng có thể đã có hồ sơ, %4 dòng bị từ chối, %5 dòng bỏ qua (dòng tổng cộng, tiêu đề).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="663"/>
        <source>Villages not in the commune&apos;s list yet (lines): %1</source>
        <translation>Thôn chưa có trong danh sách của xã (số dòng): %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="671"/>
        <source>Select a line to read its reasons in full.</source>
        <translation>Chọn một dòng để xem đầy đủ lý do.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="674"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="693"/>
        <source>Add these villages to the commune&apos;s list?

%1</source>
        <translation>Thêm các thôn này vào danh sách của xã?

%1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="696"/>
        <source>Add villages</source>
        <translation>Thêm thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="702"/>
        <source>Set up the commune first (Settings), then import the list.</source>
        <translation>Hãy thiết lập thông tin xã trước (mục Cài đặt), rồi nhập danh sách.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="722"/>
        <source>Writing %1 children to the register…</source>
        <translation>Đang ghi %1 trẻ em vào danh sách…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="744"/>
        <source>The import was cancelled; nothing was written. </source>
        <translation>Đã hủy việc nhập; chưa ghi dữ liệu nào. </translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="750"/>
        <source>Children imported: %1</source>
        <translation>Số trẻ em đã nhập: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="754"/>
        <source>Their codes: %1 to %2</source>
        <translation>Mã từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="758"/>
        <source>Lines left out, probably already registered: %1</source>
        <translation>Số dòng bỏ ra vì có thể đã có hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="759"/>
        <source>Lines rejected: %1</source>
        <translation>Số dòng bị từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="760"/>
        <source>Lines skipped (totals, headings): %1</source>
        <translation>Số dòng bỏ qua (dòng tổng cộng, tiêu đề): %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="779"/>
        <source>Save rejected lines</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="781"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="793"/>
        <source>%1 lines saved in %2</source>
        <translation>Đã lưu %1 dòng vào %2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="61"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="62"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="63"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="64"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="65"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="66"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="67"/>
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="68"/>
        <source>Reason / to check</source>
        <translation>Lý do / cần kiểm tra</translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="173"/>
        <source>Basic information</source>
        <translation>Thông tin cơ bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="175"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="176"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="177"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="178"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="179"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="180"/>
        <source>Ethnic group</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="181"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="182"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="183"/>
        <source>School and class</source>
        <translation>Trường, lớp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="184"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="185"/>
        <source>Health insurance card</source>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="192"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="194"/>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="195"/>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="196"/>
        <source>Current caregiver</source>
        <translation>Người chăm sóc hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="202"/>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="204"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="205"/>
        <source>Status note</source>
        <translation>Ghi chú trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="206"/>
        <source>Registered on</source>
        <translation>Ngày lập hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="207"/>
        <source>Reason (16 or older)</source>
        <translation>Lý do (từ đủ 16 tuổi)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="208"/>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="212"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="213"/>
        <source>Confidential notes</source>
        <translation>Ghi chú mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="214"/>
        <source>The child&apos;s confidential notes</source>
        <translation>Ghi chú mật của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="256"/>
        <source>{0}  ({1} years old)</source>
        <translation>{0}  ({1} tuổi)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="258"/>
        <source>class {0}</source>
        <translation>lớp {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="265"/>
        <source>{0}, expired on {1}</source>
        <translation>{0}, hết hạn ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="267"/>
        <source>{0}, valid until {1}</source>
        <translation>{0}, có giá trị đến {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="274"/>
        <source>{0} (recorded as: {1})</source>
        <translation>{0} (ghi là: {1})</translation>
    </message>
</context>
<context>
    <name>InitialAssessmentDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="31"/>
        <source>Initial risk assessment (Mẫu 02)</source>
        <translation>Đánh giá nguy cơ ban đầu (Mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="32"/>
        <source>Assessed on *</source>
        <translation>Ngày đánh giá *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="33"/>
        <source>Assessed by *</source>
        <translation>Người đánh giá *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="44"/>
        <source>Level of harm *</source>
        <translation>Mức độ tổn hại *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="49"/>
        <source>Emergency intervention is needed (within 12 hours of the report)</source>
        <translation>Cần can thiệp khẩn cấp (trong vòng 12 giờ từ khi nhận thông tin)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="51"/>
        <source>Shown only on request.</source>
        <translation>Chỉ hiện khi được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="52"/>
        <source>Assessment notes</source>
        <translation>Ghi chú đánh giá</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="50"/>
        <source>New case — intake report (Mẫu 01)</source>
        <translation>Hồ sơ mới — tiếp nhận thông tin (Mẫu 01)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="54"/>
        <source>Received through *</source>
        <translation>Hình thức tiếp nhận *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="56"/>
        <source>Received on *</source>
        <translation>Thời điểm tiếp nhận *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="57"/>
        <source>Received by *</source>
        <translation>Người tiếp nhận *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="60"/>
        <source>A child in the register:</source>
        <translation>Trẻ em trong danh sách:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="61"/>
        <source>Not known yet / not in the register</source>
        <translation>Chưa rõ / chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="62"/>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="167"/>
        <source>— none chosen —</source>
        <translation>— chưa chọn —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="64"/>
        <source>Choose a child…</source>
        <translation>Chọn trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="73"/>
        <source>Name if known</source>
        <translation>Tên nếu biết</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="76"/>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="78"/>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="87"/>
        <source>Estimated age</source>
        <translation>Tuổi ước tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="85"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="89"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="97"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="111"/>
        <source>The child&apos;s condition now *</source>
        <translation>Tình trạng hiện tại của trẻ *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="114"/>
        <source>Confidential (Nghị định 56, Điều 24)</source>
        <translation>Thông tin mật (Điều 24 Nghị định 56)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="118"/>
        <source>Shown on the case page only on request; never in lists, exports or the change history.</source>
        <translation>Chỉ hiện ở trang hồ sơ khi được yêu cầu; không bao giờ có trong danh sách, tệp xuất hay lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="120"/>
        <source>Where it happened</source>
        <translation>Nơi xảy ra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="122"/>
        <source>Family situation</source>
        <translation>Hoàn cảnh gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="125"/>
        <source>What was already done</source>
        <translation>Những việc đã làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="135"/>
        <source>Kind of abuse or risk</source>
        <translation>Hình thức xâm hại hoặc nguy cơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="137"/>
        <source>Informant&apos;s name</source>
        <translation>Họ tên người cung cấp thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="140"/>
        <source>Informant&apos;s phone</source>
        <translation>Điện thoại người cung cấp thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="143"/>
        <source>Relationship to the child</source>
        <translation>Quan hệ với trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="146"/>
        <source>Informant&apos;s address</source>
        <translation>Địa chỉ người cung cấp thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/intake.py" line="199"/>
        <source>Choose the child, or tick that the child is not known yet.</source>
        <translation>Hãy chọn trẻ, hoặc đánh dấu là chưa rõ trẻ.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="85"/>
        <source>Issue and number a document</source>
        <translation>Ban hành và cấp số văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="85"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ban hành</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="102"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="103"/>
        <source>Document:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="104"/>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="105"/>
        <source>&amp;Signed by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="106"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="107"/>
        <source>N&amp;umber:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="108"/>
        <source>Numbers restart at 01 on 1 January, one series per document type.</source>
        <translation>Số văn bản bắt đầu lại từ 01 vào ngày 01 tháng 01 hằng năm, mỗi loại văn bản một dãy số riêng.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="133"/>
        <source>next: {0}</source>
        <translation>số tiếp theo: {0}</translation>
    </message>
</context>
<context>
    <name>LockCovers</name>
    <message>
        <location filename="../../src/commune_care/ui/session.py" line="140"/>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/session.py" line="149"/>
        <source>Locked — commune_care</source>
        <translation>Đã khóa — commune_care</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="31"/>
        <source>Implementation log: add an entry</source>
        <translation>Nhật ký thực hiện: thêm một dòng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="32"/>
        <source>Date *</source>
        <translation>Ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="33"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="34"/>
        <source>What was done *</source>
        <translation>Nội dung đã thực hiện *</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="56"/>
        <source>Locked — commune_care</source>
        <translation>Đã khóa — commune_care</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="57"/>
        <source>Log in — commune_care</source>
        <translation>Đăng nhập — commune_care</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="66"/>
        <source>%1 logged out. Their open windows are kept until someone else logs in.</source>
        <translation>%1 đã đăng xuất. Các cửa sổ đang mở của tài khoản này được giữ cho đến khi người khác đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="70"/>
        <source>The screen is locked</source>
        <translation>Màn hình đã khóa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="70"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="90"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="81"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="85"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="82"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="86"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="90"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="95"/>
        <source>Quit the program</source>
        <translation>Thoát chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="98"/>
        <source>Log in as someone else…</source>
        <translation>Đăng nhập bằng tài khoản khác…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="120"/>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="140"/>
        <source>Enter your user name and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="128"/>
        <source>%1 is working here; their open windows are kept. Enter the password to go on.</source>
        <translation>%1 đang làm việc trên máy này; các cửa sổ đang mở được giữ nguyên. Nhập mật khẩu để làm tiếp.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="163"/>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/accounts/login_dialog.py" line="166"/>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="106"/>
        <source>Child protection — commune_care</source>
        <translation>Quản lý trẻ em — commune_care</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="125"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="126"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="127"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="128"/>
        <source>Support &amp; intervention</source>
        <translation>Hỗ trợ can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="129"/>
        <source>Mental health</source>
        <translation>Sức khỏe tâm thần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="130"/>
        <source>Alternative care</source>
        <translation>Chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="131"/>
        <source>Adoption</source>
        <translation>Nhận con nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="132"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="133"/>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="134"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="135"/>
        <source>Audit trail</source>
        <translation>Nhật ký hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="147"/>
        <source>Sections</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="188"/>
        <source>Back up now…</source>
        <translation>Sao lưu ngay…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="190"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="191"/>
        <source>Hide this reminder until the next start</source>
        <translation>Ẩn nhắc nhở này đến lần mở phần mềm sau</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="203"/>
        <source>&amp;Add child…</source>
        <translation>&amp;Thêm trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="206"/>
        <source>&amp;Find a child</source>
        <translation>&amp;Tìm trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="211"/>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="216"/>
        <source>&amp;Data</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="217"/>
        <source>&amp;Back up to USB…</source>
        <translation>&amp;Sao lưu vào USB…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="221"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="225"/>
        <source>&amp;Check the data</source>
        <translation>Kiểm &amp;tra dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="228"/>
        <source>Check the &amp;audit trail</source>
        <translation>Kiểm tra &amp;nhật ký hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="233"/>
        <source>Export to &amp;Excel…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="238"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="239"/>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="242"/>
        <source>&amp;About commune_care</source>
        <translation>&amp;Giới thiệu commune_care</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="249"/>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="250"/>
        <source>&amp;Change my password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="252"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="255"/>
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="265"/>
        <source>Change my password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="265"/>
        <source>Your password was changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="540"/>
        <source>Computer user: %1</source>
        <translation>Người dùng máy tính: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="545"/>
        <source>No commune</source>
        <translation>Chưa thiết lập xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="546"/>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="555"/>
        <source>Last USB backup: none yet</source>
        <translation>Sao lưu USB gần nhất: chưa có</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="558"/>
        <source>Last USB backup: %1</source>
        <translation>Sao lưu USB gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="566"/>
        <source>A copy on a USB stick keeps the records if this computer breaks or is lost.</source>
        <translation>Bản sao trên USB giữ được hồ sơ nếu máy tính này bị hỏng hoặc bị mất.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="567"/>
        <source>No backup to a USB stick has been made yet.</source>
        <translation>Chưa sao lưu vào USB lần nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="569"/>
        <source>The last backup to a USB stick was %1 days ago (%2).</source>
        <translation>Lần sao lưu vào USB gần nhất cách đây %1 ngày (%2).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="610"/>
        <source>The data was restored. The program now shows the restored data.</source>
        <translation>Đã khôi phục dữ liệu. Phần mềm đang hiển thị dữ liệu vừa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="611"/>
        <source>The data it replaced was kept in: %1</source>
        <translation>Dữ liệu bị thay thế được giữ tại: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="614"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="628"/>
        <source>commune_care %1 — managing children and child protection in the commune.
Data file: %2
Log folder: %3</source>
        <translation>commune_care %1 — quản lý trẻ em và bảo vệ trẻ em cấp xã.
Tệp dữ liệu: %2
Thư mục nhật ký: %3</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="629"/>
        <source>About commune_care</source>
        <translation>Giới thiệu commune_care</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="179"/>
        <source>Case meeting</source>
        <translation>Họp xác định nhu cầu hỗ trợ, can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="180"/>
        <source>Held on *</source>
        <translation>Ngày họp *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="181"/>
        <source>Chaired by *</source>
        <translation>Người chủ trì *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="182"/>
        <source>Participants *</source>
        <translation>Thành phần tham dự *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="183"/>
        <source>Shown only on request.</source>
        <translation>Chỉ hiện khi được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/assessments.py" line="185"/>
        <source>Conclusions: measures agreed *</source>
        <translation>Kết luận: các biện pháp thống nhất *</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="358"/>
        <source>Household of {0}</source>
        <translation>Gia đình của {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="361"/>
        <source>Added with the registration.</source>
        <translation>Ghi cùng với việc đăng ký.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="362"/>
        <source>Household member</source>
        <translation>Thành viên gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="365"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="373"/>
        <source>Relationship to the carer *</source>
        <translation>Quan hệ với người nhận chăm sóc thay thế *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="381"/>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="385"/>
        <source>Agrees that the household takes a child (Điều 63.2.c)</source>
        <translation>Đồng thuận về việc gia đình nhận chăm sóc trẻ em (Điều 63.2.c)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="388"/>
        <source>Member since</source>
        <translation>Là thành viên từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="390"/>
        <source>empty: the day the carer registered</source>
        <translation>để trống: ngày đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="392"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MentalHealthPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="109"/>
        <source>Mental health follow-up</source>
        <translation>Theo dõi sức khỏe tâm thần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="120"/>
        <source>Children with a mental-health problem or at high risk, and whether they were reached by counselling, psychological support or social services (Decision 1591/QĐ-TTg: target 80 %).</source>
        <translation>Trẻ em có vấn đề sức khỏe tâm thần hoặc có nguy cơ cao, và việc các em được tiếp cận dịch vụ tư vấn, hỗ trợ tâm lý, dịch vụ xã hội (Quyết định 1591/QĐ-TTg: chỉ tiêu 80 %).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="126"/>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="127"/>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="140"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="142"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="157"/>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="170"/>
        <source>Indicator (Decision 1591/QĐ-TTg)</source>
        <translation>Chỉ tiêu (Quyết định 1591/QĐ-TTg)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="178"/>
        <source>Children flagged in the period</source>
        <translation>Số trẻ được xác định trong kỳ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="179"/>
        <source>Reached by a service in the period</source>
        <translation>Số trẻ được tiếp cận dịch vụ trong kỳ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="180"/>
        <source>Share reached</source>
        <translation>Tỷ lệ được tiếp cận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="181"/>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="246"/>
        <source>Not reached yet</source>
        <translation>Chưa được tiếp cận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="204"/>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="214"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="205"/>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="215"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="206"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="207"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="208"/>
        <source>Father / mother</source>
        <translation>Cha / mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="216"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="217"/>
        <source>Identified by</source>
        <translation>Người phát hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="218"/>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="219"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="220"/>
        <source>Services received</source>
        <translation>Dịch vụ đã nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="221"/>
        <source>Reached</source>
        <translation>Đã tiếp cận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="247"/>
        <source>Flagged children</source>
        <translation>Trẻ được xác định</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="248"/>
        <source>Enter or double-click opens the child&apos;s record.</source>
        <translation>Enter hoặc bấm đúp để mở hồ sơ của trẻ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="347"/>
        <source>No child flagged in this period</source>
        <translation>Không có trẻ nào được xác định trong kỳ này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="349"/>
        <source>Target met: {0} reached (target {1} %)</source>
        <translation>Đạt chỉ tiêu: {0} được tiếp cận (chỉ tiêu {1} %)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="354"/>
        <source>Target not met: {0} reached (target {1} %)</source>
        <translation>Chưa đạt chỉ tiêu: {0} được tiếp cận (chỉ tiêu {1} %)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="361"/>
        <source>Period: {0} – {1}</source>
        <translation>Kỳ: {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="366"/>
        <source>Counted as reached: {0}</source>
        <translation>Tính là được tiếp cận: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="386"/>
        <source>Every flagged child was reached in this period.</source>
        <translation>Mọi trẻ được xác định đều đã được tiếp cận trong kỳ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="388"/>
        <source>{0} flagged children received no counted service in the period.</source>
        <translation>{0} trẻ được xác định chưa nhận dịch vụ nào được tính trong kỳ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="406"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="406"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="427"/>
        <source>Flags active on {0}: who identified the child, when and on what basis, and the services received up to that day. “Reached” is for the period chosen.</source>
        <translation>Các trường hợp còn hiệu lực ngày {0}: ai phát hiện, khi nào, căn cứ gì, và các dịch vụ trẻ đã nhận đến ngày đó. «Đã tiếp cận» tính theo kỳ đã chọn.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/mental_health_page.py" line="432"/>
        <source>{0}, since {1}</source>
        <translation>{0}, từ {1}</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="220"/>
        <source>Public notice at the commune office (Điều 15.2.b)</source>
        <translation>Thông báo, niêm yết tại trụ sở Ủy ban nhân dân xã (Điều 15.2.b)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="221"/>
        <source>Posted on *</source>
        <translation>Ngày bắt đầu niêm yết *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="224"/>
        <source>Posted at *</source>
        <translation>Nơi niêm yết *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="225"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="243"/>
        <source>The 60 days end on {0}.</source>
        <translation>Hết thời hạn 60 ngày vào ngày {0}.</translation>
    </message>
</context>
<context>
    <name>NumberButton</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="50"/>
        <source>Show these children in the list</source>
        <translation>Xem danh sách các trẻ này</translation>
    </message>
</context>
<context>
    <name>NumberTile</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/home_dashboard.py" line="119"/>
        <source>Open the list behind this number</source>
        <translation>Mở danh sách của số này</translation>
    </message>
</context>
<context>
    <name>OpinionsDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="604"/>
        <source>Opinions collected (Điều 20)</source>
        <translation>Hoàn thành việc lấy ý kiến (Điều 20)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="610"/>
        <source>No opinion recorded yet.</source>
        <translation>Chưa ghi ý kiến nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="611"/>
        <source>Opinions</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="612"/>
        <source>Completed on *</source>
        <translation>Ngày hoàn thành *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="613"/>
        <source>Collected by *</source>
        <translation>Người lấy ý kiến *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="614"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="419"/>
        <source>Record social assistance</source>
        <translation>Ghi trợ cấp xã hội</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="423"/>
        <source>Choose the child…</source>
        <translation>Chọn trẻ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="431"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="436"/>
        <source>empty: by the decree and the age</source>
        <translation>để trống: theo Nghị định và tuổi của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="438"/>
        <source>mm/yyyy</source>
        <translation>mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="440"/>
        <source>mm/yyyy (empty: one month)</source>
        <translation>mm/yyyy (để trống: một tháng)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="443"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="450"/>
        <source>Child *</source>
        <translation>Trẻ em *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="451"/>
        <source>Category (Decree 20/2021) *</source>
        <translation>Đối tượng (Nghị định 20/2021) *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="452"/>
        <source>Coefficient</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="454"/>
        <source>Months *</source>
        <translation>Các tháng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="458"/>
        <source>Paid on</source>
        <translation>Ngày chi trả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="459"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="469"/>
        <source>Child receiving social assistance</source>
        <translation>Trẻ được hưởng trợ cấp xã hội</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="500"/>
        <source>{0} month(s): {1} đ × {2} = {3} đ a month; in all {4} đ</source>
        <translation>{0} tháng: {1} đ × {2} = {3} đ mỗi tháng; tổng cộng {4} đ</translation>
    </message>
</context>
<context>
    <name>PersonBox</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="265"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="267"/>
        <source>Sex *</source>
        <translation>Giới tính *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="270"/>
        <source>Date of birth *</source>
        <translation>Ngày sinh *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="271"/>
        <source>dd/mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="277"/>
        <source>Relation to the child *</source>
        <translation>Quan hệ với trẻ *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="282"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="283"/>
        <source>Permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="285"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="287"/>
        <source>Conditions of Điều 14, the day each was confirmed (empty: not yet). Hover a condition for the law&apos;s words.</source>
        <translation>Các điều kiện theo Điều 14 và ngày xác nhận từng điều kiện (để trống: chưa xác nhận). Trỏ chuột vào một điều kiện để xem nguyên văn của luật.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="299"/>
        <source>Not needed for a step-parent or a blood aunt or uncle.</source>
        <translation>Không áp dụng đối với cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="305"/>
        <source>All confirmed today</source>
        <translation>Xác nhận tất cả hôm nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="309"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="239"/>
        <source>Change carer or form: {0}</source>
        <translation>Chuyển đổi người nhận chăm sóc hoặc hình thức: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="242"/>
        <source>New alternative-care placement</source>
        <translation>Giao trẻ em chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="247"/>
        <source>The decision to place the child (Mẫu 12). Relatives come first (Điều 60.4): a non-relative or a facility needs the reason why no relative takes the child.</source>
        <translation>Quyết định giao, nhận trẻ em (Mẫu 12). Ưu tiên người thân thích (Điều 60.4): khi giao cho cá nhân, gia đình không phải là người thân thích hoặc cơ sở trợ giúp xã hội, phải ghi rõ lý do không giao cho người thân thích.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="255"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="257"/>
        <source>Find the child in the register</source>
        <translation>Tìm trẻ trong danh sách</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="268"/>
        <source>Child *</source>
        <translation>Trẻ em *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="273"/>
        <source>Form of care *</source>
        <translation>Hình thức chăm sóc thay thế *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="278"/>
        <source>— choose the form —</source>
        <translation>— chọn hình thức —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="281"/>
        <source>Term *</source>
        <translation>Tạm thời hay dài hạn *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="283"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="287"/>
        <source>Carer *</source>
        <translation>Người nhận chăm sóc *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="292"/>
        <source>Social-assistance facility</source>
        <translation>Cơ sở trợ giúp xã hội</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="293"/>
        <source>Provider list…</source>
        <translation>Danh sách nơi cung cấp…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="297"/>
        <source>Add the facility to the providers list (kind: social-assistance facility)</source>
        <translation>Thêm cơ sở vào danh sách nơi cung cấp dịch vụ (loại: cơ sở trợ giúp xã hội)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="305"/>
        <source>Facility *</source>
        <translation>Cơ sở trợ giúp xã hội *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="317"/>
        <source>of the carer to the child</source>
        <translation>(quan hệ của người nhận chăm sóc với trẻ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="325"/>
        <source>E.g. the child has no relative; the grandmother is too ill to take him…</source>
        <translation>Ví dụ: trẻ không có người thân thích; bà nội ốm nặng, không nhận chăm sóc được…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="327"/>
        <source>Why not a relative *</source>
        <translation>Lý do không giao cho người thân thích *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="332"/>
        <source>Decision (Mẫu 12)</source>
        <translation>Quyết định (Mẫu 12)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="336"/>
        <source>Number *</source>
        <translation>Số *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="341"/>
        <source>Date *</source>
        <translation>Ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="344"/>
        <source>Signed by *</source>
        <translation>Người ký *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="350"/>
        <source>Handed over on</source>
        <translation>Ngày giao, nhận trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="359"/>
        <source>Care starts on</source>
        <translation>Ngày bắt đầu chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="362"/>
        <source>empty: the day of the decision</source>
        <translation>để trống: lấy ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="367"/>
        <source>The child&apos;s view (Điều 60.3)</source>
        <translation>Ý kiến của trẻ em (Điều 60.3)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="376"/>
        <source>View and wishes</source>
        <translation>Ý kiến, nguyện vọng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="381"/>
        <source>Asked on</source>
        <translation>Ngày lấy ý kiến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="389"/>
        <source>Other</source>
        <translation>Thông tin khác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="394"/>
        <source>Part of the case</source>
        <translation>Thuộc hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="397"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="404"/>
        <source>End of the current placement (Mẫu 16)</source>
        <translation>Chấm dứt việc chăm sóc thay thế hiện tại (Mẫu 16)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="407"/>
        <source>Now</source>
        <translation>Hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="410"/>
        <source>Ends on</source>
        <translation>Ngày chấm dứt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="413"/>
        <source>empty: the day before the new care starts</source>
        <translation>để trống: ngày liền trước ngày bắt đầu chăm sóc mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="416"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="420"/>
        <source>Carer&apos;s request (Mẫu 15) of</source>
        <translation>Đơn đề nghị chấm dứt (Mẫu 15) ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="423"/>
        <source>Decision to end (Mẫu 16) No.</source>
        <translation>Quyết định chấm dứt (Mẫu 16) số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="426"/>
        <source>Decision to end dated</source>
        <translation>Ngày quyết định chấm dứt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="428"/>
        <source>Note on the end</source>
        <translation>Ghi chú về việc chấm dứt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="461"/>
        <source>The child to place</source>
        <translation>Chọn trẻ cần giao chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="481"/>
        <source>— not part of a case —</source>
        <translation>— không thuộc hồ sơ nào —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="490"/>
        <source>No child chosen yet.</source>
        <translation>Chưa chọn trẻ em.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="495"/>
        <source>born {0}</source>
        <translation>sinh {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="496"/>
        <source>{0} years old</source>
        <translation>{0} tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="505"/>
        <source>Already in alternative care ({0}). To move the child, open that placement and choose “Change carer or form…”.</source>
        <translation>Trẻ đang được chăm sóc thay thế ({0}). Để chuyển trẻ, hãy mở việc chăm sóc đó và chọn “Đổi người chăm sóc, hình thức…”.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="523"/>
        <source>Relationship *</source>
        <translation>Quan hệ *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="524"/>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="543"/>
        <source>— choose the facility —</source>
        <translation>— chọn cơ sở —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="554"/>
        <source>No social-assistance facility in the providers list yet: add it with “Provider list…” (kind: social-assistance facility).</source>
        <translation>Danh sách nơi cung cấp dịch vụ chưa có cơ sở trợ giúp xã hội nào: hãy thêm bằng nút “Danh sách nơi cung cấp…” (loại: cơ sở trợ giúp xã hội).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="566"/>
        <source>due by {0}: {1} working days after the decision</source>
        <translation>hạn {0}: {1} ngày làm việc kể từ ngày ban hành quyết định</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="572"/>
        <source>within {0} working days of the decision</source>
        <translation>trong thời hạn {0} ngày làm việc kể từ ngày ban hành quyết định</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="580"/>
        <source>Required when the child is {0} or older.</source>
        <translation>Bắt buộc khi trẻ từ đủ {0} tuổi trở lên.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="586"/>
        <source>The date of birth is not known: record the child&apos;s view if the child is {0} or older.</source>
        <translation>Chưa rõ ngày sinh: hãy ghi ý kiến của trẻ nếu trẻ từ đủ {0} tuổi trở lên.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="593"/>
        <source>Required: the child is {0} years old on the day of the decision (from {1}, the child&apos;s view and its date must be recorded).</source>
        <translation>Bắt buộc: vào ngày quyết định, trẻ đã {0} tuổi (trẻ từ đủ {1} tuổi trở lên phải được lấy ý kiến; ghi ý kiến của trẻ và ngày lấy ý kiến).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="597"/>
        <source>Probably required: the child may already be {0} on the day of the decision.</source>
        <translation>Có thể bắt buộc: vào ngày quyết định, trẻ có thể đã đủ {0} tuổi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="600"/>
        <source>Not required: the child is under {0} (it can still be recorded).</source>
        <translation>Không bắt buộc: trẻ chưa đủ {0} tuổi (vẫn có thể ghi ý kiến).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="626"/>
        <source>Choose the child to place (“Choose…”).</source>
        <translation>Hãy chọn trẻ cần giao chăm sóc thay thế (“Chọn…”).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="689"/>
        <source>Please read before saving the decision</source>
        <translation>Hãy đọc trước khi lưu quyết định</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/placement_forms.py" line="693"/>
        <source>The decision is not saved yet. The law asks you to check these points; save it anyway only if the placement is right despite them.</source>
        <translation>Quyết định chưa được lưu. Theo quy định của pháp luật, cần kiểm tra các điểm dưới đây; chỉ tiếp tục lưu khi việc giao trẻ vẫn phù hợp dù có những điểm này.</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="125"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="126"/>
        <source>Back to the list (Alt+Left or Esc)</source>
        <translation>Quay lại danh sách (Alt+← hoặc Esc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="150"/>
        <source>Open the child&apos;s page</source>
        <translation>Mở hồ sơ của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="154"/>
        <source>Open the carer&apos;s record</source>
        <translation>Mở hồ sơ người nhận chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="157"/>
        <source>Child:</source>
        <translation>Trẻ em:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="161"/>
        <source>Cared for by:</source>
        <translation>Người nhận chăm sóc:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="169"/>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="499"/>
        <source>Record follow-up (Mẫu 13)…</source>
        <translation>Ghi theo dõi (Mẫu 13)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="172"/>
        <source>A visit, a carer&apos;s report or a review done: what was found (Ctrl+Enter)</source>
        <translation>Ghi kết quả một lần thăm, báo cáo của người nhận chăm sóc hoặc lần đánh giá đã thực hiện (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="173"/>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="503"/>
        <source>Record handover…</source>
        <translation>Ghi giao, nhận…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="174"/>
        <source>Change carer or form…</source>
        <translation>Đổi người chăm sóc, hình thức…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="177"/>
        <source>A new decision for the child; this placement ends in the same save</source>
        <translation>Quyết định mới cho trẻ; việc chăm sóc thay thế này chấm dứt ngay khi lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="178"/>
        <source>End placement (Mẫu 15/16)…</source>
        <translation>Chấm dứt (Mẫu 15/16)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="203"/>
        <source>Decision and care</source>
        <translation>Quyết định và việc chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="209"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="210"/>
        <source>Decision (Mẫu 12)</source>
        <translation>Quyết định (Mẫu 12)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="211"/>
        <source>Care started</source>
        <translation>Ngày bắt đầu chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="212"/>
        <source>Handover</source>
        <translation>Giao, nhận trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="213"/>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="214"/>
        <source>Child&apos;s view</source>
        <translation>Ý kiến của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="217"/>
        <source>Why not a relative</source>
        <translation>Lý do không giao cho người thân thích</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="218"/>
        <source>Warnings confirmed</source>
        <translation>Cảnh báo đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="219"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="220"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="251"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="252"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="253"/>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="597"/>
        <source>Follow-up</source>
        <translation>Theo dõi, đánh giá</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="254"/>
        <source>Done on</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="255"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="256"/>
        <source>Findings, next steps</source>
        <translation>Kết quả, việc tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="271"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="271"/>
        <source>User</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="271"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="272"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="280"/>
        <source>Follow-up schedule</source>
        <translation>Lịch theo dõi, đánh giá</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="281"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="313"/>
        <source>Current</source>
        <translation>Đang chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="316"/>
        <source>Ended {0}</source>
        <translation>Đã chấm dứt {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="364"/>
        <source>Ended on {0}: {1}</source>
        <translation>Kết thúc ngày {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="369"/>
        <source>Next: {0} — due {1} ({2})</source>
        <translation>Tiếp theo: {0} — hạn {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="377"/>
        <source>Nothing is due for this placement.</source>
        <translation>Không có việc đến hạn đối với việc chăm sóc thay thế này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="387"/>
        <source>No. {0} of {1}, signed by {2}</source>
        <translation>Số {0} ngày {1}, người ký {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="395"/>
        <source>(late: due by {0})</source>
        <translation>(muộn: hạn {0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="398"/>
        <source>Not yet — due by {0} (15 working days after the decision)</source>
        <translation>Chưa — hạn {0} (15 ngày làm việc kể từ ngày ban hành quyết định)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="401"/>
        <source>Not followed here (facility or adoption)</source>
        <translation>Không theo dõi ở đây (cơ sở trợ giúp xã hội hoặc nhận con nuôi)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="406"/>
        <source>(asked on {0})</source>
        <translation>(lấy ý kiến ngày {0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="409"/>
        <source>Not recorded</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="417"/>
        <source>Carer&apos;s request (Mẫu 15) of {0}</source>
        <translation>Đơn đề nghị chấm dứt (Mẫu 15) ngày {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="421"/>
        <source>Decision to end (Mẫu 16) No. {0} of {1}</source>
        <translation>Quyết định chấm dứt (Mẫu 16) số {0} ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="436"/>
        <source>{0} (late)</source>
        <translation>{0} (muộn)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="439"/>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="596"/>
        <source>Next: {0}</source>
        <translation>Tiếp theo: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="468"/>
        <source>The reports after an adoption are followed in the adoption section.</source>
        <translation>Các báo cáo sau khi nhận con nuôi được theo dõi ở mục Nhận con nuôi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="473"/>
        <source>A child in a facility is reviewed every 6 months to be moved to a family (Điều 67.2). Double-click a line to record it.</source>
        <translation>Trẻ em tại cơ sở trợ giúp xã hội được rà soát định kỳ 06 tháng để chuyển về gia đình (Điều 67.2). Bấm đúp vào một dòng để ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="479"/>
        <source>Counted from {0} ({1}): the worker&apos;s visits after 1 and 3 months then every 6 months (Mẫu 13), the carer&apos;s reports after 6 months then yearly, the commune&apos;s review every 6 months; up to a year ahead. Double-click a line to record it.</source>
        <translation>Tính từ ngày {0} ({1}): người làm công tác bảo vệ trẻ em theo dõi, đánh giá sau 01 tháng, 03 tháng, sau đó định kỳ 06 tháng (Mẫu 13); người nhận chăm sóc thông báo sau 06 tháng, sau đó hằng năm; Ủy ban nhân dân xã đánh giá định kỳ 06 tháng; lịch lập trước tối đa một năm. Bấm đúp vào một dòng để ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="481"/>
        <source>the handover</source>
        <translation>giao, nhận trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="481"/>
        <source>the start</source>
        <translation>bắt đầu chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="486"/>
        <source>Follow-up schedule ({0} done)</source>
        <translation>Lịch theo dõi, đánh giá ({0} đã xong)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="488"/>
        <source>Follow-up schedule ({0} done, {1} overdue)</source>
        <translation>Lịch theo dõi, đánh giá ({0} đã xong, {1} quá hạn)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="497"/>
        <source>Record review…</source>
        <translation>Ghi kết quả rà soát…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="502"/>
        <source>Correct handover…</source>
        <translation>Sửa ngày giao, nhận trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="507"/>
        <source>Managed in the adoption section</source>
        <translation>Quản lý ở mục Nhận con nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="513"/>
        <source>Print decision (Mẫu 12)…</source>
        <translation>In quyết định (Mẫu 12)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="517"/>
        <source>Draft the decision placing the child with this carer, preview and print it, and register its number</source>
        <translation>Dự thảo quyết định giao, nhận trẻ em cho người nhận chăm sóc này, xem trước, in và vào sổ văn bản đi để lấy số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/placement_page.py" line="592"/>
        <source>{0}
Done on {1} by {2}.

{3}</source>
        <translation>{0}
Thực hiện ngày {1}, người thực hiện {2}.

{3}</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="40"/>
        <source>not yet (by {0})</source>
        <translation>chưa (hạn {0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="75"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="76"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="77"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="78"/>
        <source>Carer</source>
        <translation>Người nhận chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="79"/>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="80"/>
        <source>Handover</source>
        <translation>Giao, nhận trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="81"/>
        <source>Next follow-up</source>
        <translation>Theo dõi tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="82"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="83"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="181"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/placement_table_model.py" line="192"/>
        <source>Ended on {0}: {1}</source>
        <translation>Kết thúc ngày {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="65"/>
        <source>Support and intervention plan (Mẫu 04)</source>
        <translation>Kế hoạch hỗ trợ, can thiệp (Mẫu 04)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="69"/>
        <source>Drafted on *</source>
        <translation>Ngày xây dựng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="70"/>
        <source>Drafted by *</source>
        <translation>Người xây dựng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="71"/>
        <source>Goals *</source>
        <translation>Mục tiêu *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="76"/>
        <source>Service or task *</source>
        <translation>Dịch vụ, công việc *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="77"/>
        <source>Type of service</source>
        <translation>Loại dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="78"/>
        <source>Responsible *</source>
        <translation>Người/cơ quan chịu trách nhiệm *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="79"/>
        <source>Provider</source>
        <translation>Nơi cung cấp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="80"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="81"/>
        <source>Expected end</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="82"/>
        <source>Budget (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="94"/>
        <source>Add a task</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="95"/>
        <source>Remove the selected task</source>
        <translation>Xóa công việc đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="109"/>
        <source>Services and tasks *</source>
        <translation>Dịch vụ, công việc *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="118"/>
        <source>— (a task, not a service)</source>
        <translation>— (công việc, không phải dịch vụ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="174"/>
        <source>Total budget: {0} VND</source>
        <translation>Tổng kinh phí: {0} đồng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="206"/>
        <source>Line {0}: {1}</source>
        <translation>Dòng {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="226"/>
        <source>target {0}</source>
        <translation>chỉ tiêu {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="249"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="250"/>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="251"/>
        <source>Target {0}</source>
        <translation>Chỉ tiêu {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="76"/>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="94"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="107"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/backup_common.py" line="108"/>
        <source>Stopping at the next safe point…</source>
        <translation>Sẽ dừng ở điểm an toàn tiếp theo…</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="144"/>
        <source>Propose a child for adoption</source>
        <translation>Đề xuất tìm gia đình nhận trẻ làm con nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="147"/>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="185"/>
        <source>— none chosen —</source>
        <translation>— chưa chọn —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="149"/>
        <source>Choose a child…</source>
        <translation>Chọn trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="155"/>
        <source>Child *</source>
        <translation>Trẻ em *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="159"/>
        <source>Situation *</source>
        <translation>Hoàn cảnh của trẻ *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="163"/>
        <source>Proposed on *</source>
        <translation>Ngày đề xuất *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="164"/>
        <source>Proposed by *</source>
        <translation>Người đề xuất *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="165"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="173"/>
        <source>The reason is shown on the referral&apos;s page, never in the lists or the change history.</source>
        <translation>Lý do chỉ hiện ở trang đề xuất, không bao giờ có trong danh sách hay lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="188"/>
        <source>Choose the child to propose</source>
        <translation>Chọn trẻ cần đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="205"/>
        <source>Choose the child to propose.</source>
        <translation>Hãy chọn trẻ cần đề xuất.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="129"/>
        <source>New service provider</source>
        <translation>Thêm nơi cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="131"/>
        <source>Edit service provider</source>
        <translation>Sửa nơi cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="135"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="140"/>
        <source>E.g. Trạm Y tế xã, Trường THCS …</source>
        <translation>Ví dụ: Trạm Y tế xã, Trường THCS …</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="156"/>
        <source>Name *</source>
        <translation>Tên *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="157"/>
        <source>Kind *</source>
        <translation>Loại *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="158"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="159"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="160"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="164"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="145"/>
        <source>New provider…</source>
        <translation>Nơi cung cấp mới…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="146"/>
        <source>Provider list…</source>
        <translation>Danh sách nơi cung cấp…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="149"/>
        <source>Add a provider to the list and choose it here</source>
        <translation>Thêm một nơi cung cấp vào danh sách và chọn ở đây</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="154"/>
        <source>…or the name of a person or place not on the list</source>
        <translation>…hoặc tên người, nơi không có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="182"/>
        <source>— not on the list (type the name below) —</source>
        <translation>— không có trong danh sách (gõ tên ở dưới) —</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="235"/>
        <source>Service providers</source>
        <translation>Nơi cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="243"/>
        <source>The bodies and people services and referrals go to. A provider already used by a service or referral cannot be deleted: stop using it instead, its history stays.</source>
        <translation>Các cơ quan, tổ chức, cá nhân cung cấp dịch vụ và nhận chuyển gửi. Nơi đã được dùng cho dịch vụ hoặc chuyển gửi không xóa được: hãy ngừng sử dụng, lịch sử vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="248"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="249"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="250"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="251"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="252"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="260"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="261"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="262"/>
        <source>Stop using</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="265"/>
        <source>No longer offered for new services and referrals; its history stays.</source>
        <translation>Không còn để chọn cho dịch vụ, chuyển gửi mới; lịch sử vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="266"/>
        <source>Use again</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="267"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="268"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="279"/>
        <source>No provider yet. Add the first with “Add…”.</source>
        <translation>Chưa có nơi cung cấp nào. Bấm «Thêm…» để thêm.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="313"/>
        <source>No longer used</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="315"/>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="317"/>
        <source>Not used yet</source>
        <translation>Chưa dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="343"/>
        <source>Used by services or referrals: it can only be stopped, not deleted.</source>
        <translation>Đã dùng cho dịch vụ hoặc chuyển gửi: chỉ ngừng sử dụng được, không xóa được.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="345"/>
        <source>Delete a provider entered by mistake.</source>
        <translation>Xóa nơi cung cấp nhập nhầm.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="370"/>
        <source>Stop using this provider?</source>
        <translation>Ngừng sử dụng nơi cung cấp này?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="374"/>
        <source>«{0}» will no longer be offered for new services and referrals. What was recorded with it stays. You can use it again later.</source>
        <translation>«{0}» sẽ không còn để chọn cho dịch vụ, chuyển gửi mới. Những gì đã ghi với nơi này vẫn được giữ. Có thể dùng lại sau.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="401"/>
        <source>«{0}» is used by services or referrals and cannot be deleted. Choose “Stop using” to keep its history.</source>
        <translation>«{0}» đã được dùng cho dịch vụ hoặc chuyển gửi nên không xóa được. Hãy chọn «Ngừng sử dụng» để giữ lịch sử.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="406"/>
        <source>Delete this provider?</source>
        <translation>Xóa nơi cung cấp này?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="408"/>
        <source>Delete «{0}» from the list? Use this only for a provider entered by mistake.</source>
        <translation>Xóa «{0}» khỏi danh sách? Chỉ dùng khi nhập nhầm.</translation>
    </message>
</context>
<context>
    <name>QuarterChart</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/charts.py" line="472"/>
        <source> — target {0} (dashed)</source>
        <translation> — chỉ tiêu {0} (nét đứt)</translation>
    </message>
</context>
<context>
    <name>QuarterListDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="51"/>
        <source>Quarterly list of carers (Mẫu 09)</source>
        <translation>Danh sách cá nhân, gia đình đăng ký nhận chăm sóc thay thế hằng quý (Mẫu 09)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="58"/>
        <source>People and families who applied to take a child (Mẫu 08) by the end of the quarter and had not stopped by then, with where each stands today. Relatives who only notified the commune are not on this list.</source>
        <translation>Cá nhân, gia đình đã làm đơn đăng ký nhận chăm sóc thay thế (Mẫu 08) tính đến hết quý và chưa ngừng nhận chăm sóc tại thời điểm đó, kèm trạng thái hiện nay của từng người. Người thân thích chỉ thông báo với Ủy ban nhân dân xã không có trong danh sách này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="63"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="66"/>
        <source>Quarter {0}</source>
        <translation>Quý {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="68"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="69"/>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="86"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="87"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="88"/>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="89"/>
        <source>Residence</source>
        <translation>Nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="90"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="91"/>
        <source>Applied on</source>
        <translation>Ngày nộp đơn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="92"/>
        <source>Verification (Mẫu 11)</source>
        <translation>Xác minh (Mẫu 11)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="93"/>
        <source>Approved</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="94"/>
        <source>Status now</source>
        <translation>Trạng thái hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="100"/>
        <source>Nobody was registered by the end of this quarter.</source>
        <translation>Tính đến hết quý này chưa có ai đăng ký.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="101"/>
        <source>Open carer</source>
        <translation>Mở hồ sơ người nhận chăm sóc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="104"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="145"/>
        <source>Quarter {0}/{1}, as of {2}: {3} registered</source>
        <translation>Quý {0}/{1}, tính đến {2}: {3} người đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/quarter_list.py" line="157"/>
        <source>not yet</source>
        <translation>chưa xác minh</translation>
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
    <name>ReferralDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="473"/>
        <source>Refer the child</source>
        <translation>Chuyển gửi trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="474"/>
        <source>Edit referral</source>
        <translation>Sửa chuyển gửi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="480"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="486"/>
        <source>— not specified —</source>
        <translation>— không ghi —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="492"/>
        <source>— not part of a case —</source>
        <translation>— không thuộc hồ sơ nào —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="495"/>
        <source>Automatic (case management when part of a case)</source>
        <translation>Tự động (hỗ trợ can thiệp khi thuộc một hồ sơ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="499"/>
        <source>Referred to *</source>
        <translation>Chuyển đến *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="503"/>
        <source>Service asked for</source>
        <translation>Dịch vụ đề nghị</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="505"/>
        <source>Date of referral *</source>
        <translation>Ngày chuyển gửi *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="508"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="509"/>
        <source>Part of the case</source>
        <translation>Thuộc hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="510"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="511"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="594"/>
        <source>Update referral status</source>
        <translation>Cập nhật tình trạng chuyển gửi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="596"/>
        <source>Referred to {0} on {1}</source>
        <translation>Chuyển đến {0} ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="604"/>
        <source>Now: {0}</source>
        <translation>Hiện nay: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="609"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="620"/>
        <source>Feedback is written once the provider has answered.</source>
        <translation>Phản hồi được ghi khi nơi nhận đã trả lời.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="628"/>
        <source>Status *</source>
        <translation>Tình trạng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="630"/>
        <source>Date *</source>
        <translation>Ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="634"/>
        <source>Provider&apos;s feedback</source>
        <translation>Phản hồi của nơi nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="637"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="684"/>
        <source>Refusal in writing, with the reasons (Điều 22.2)</source>
        <translation>Từ chối bằng văn bản, nêu rõ lý do (Điều 22.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="685"/>
        <source>Refused on *</source>
        <translation>Ngày từ chối *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="686"/>
        <source>Letter number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="687"/>
        <source>Reasons *</source>
        <translation>Lý do *</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="649"/>
        <source>Registration of the adoption (Điều 22.1)</source>
        <translation>Đăng ký nuôi con nuôi (Điều 22.1)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="651"/>
        <source>To check</source>
        <translation>Cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="652"/>
        <source>Registered on *</source>
        <translation>Ngày đăng ký *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="654"/>
        <source>Adoption certificate number *</source>
        <translation>Số Giấy chứng nhận nuôi con nuôi *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="656"/>
        <source>Child handed over on *</source>
        <translation>Ngày giao nhận con nuôi *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="665"/>
        <source>The six reports of the adoptive parents are due every 6 months for 3 years from the handover (Điều 23). The child&apos;s current placement becomes «adopted».</source>
        <translation>Cha mẹ nuôi báo cáo sáu tháng một lần trong thời hạn 03 năm kể từ ngày giao nhận con nuôi, tổng cộng sáu lần (Điều 23). Hình thức chăm sóc thay thế hiện tại của trẻ chuyển thành «nhận con nuôi».</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="667"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="163"/>
        <source>Reopen the case</source>
        <translation>Mở lại hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="169"/>
        <source>A new cycle starts: a new initial assessment is due within 12 hours of the reopening.</source>
        <translation>Bắt đầu một chu kỳ mới: phải đánh giá nguy cơ ban đầu trong vòng 12 giờ từ khi mở lại.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="172"/>
        <source>Reopened on *</source>
        <translation>Ngày mở lại *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="173"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="741"/>
        <source>Report on the adopted child (Điều 23)</source>
        <translation>Báo cáo tình hình phát triển của con nuôi (Điều 23)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="745"/>
        <source>Report {0} of 6 — due {1}</source>
        <translation>Lần {0}/6 — hạn {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="747"/>
        <source>(received {0})</source>
        <translation>(đã nhận {0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="750"/>
        <source>Report *</source>
        <translation>Lần báo cáo *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="752"/>
        <source>Received on *</source>
        <translation>Ngày nhận *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="754"/>
        <source>What it says (health, growth, integration) *</source>
        <translation>Nội dung (sức khỏe, thể chất, tinh thần, sự hòa nhập) *</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="66"/>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="239"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="78"/>
        <source>Restoring replaces ALL the data in this program with the data of the backup. A copy of the current data is kept first, in the backups folder.</source>
        <translation>Khôi phục sẽ thay TOÀN BỘ dữ liệu trong phần mềm bằng dữ liệu của bản sao lưu. Trước đó, một bản sao dữ liệu hiện tại được giữ lại trong thư mục sao lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="82"/>
        <source>A backup file (.ccbak), for example on E:\</source>
        <translation>Tệp sao lưu (.ccbak), ví dụ trên ổ E:\</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="84"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="91"/>
        <source>This backup</source>
        <translation>Bản sao lưu này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="100"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="101"/>
        <source>Made on</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="102"/>
        <source>Program version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="103"/>
        <source>Children</source>
        <translation>Số trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="104"/>
        <source>Support cases</source>
        <translation>Hồ sơ hỗ trợ, can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="105"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="118"/>
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="122"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="131"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="152"/>
        <source>Choose the backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="154"/>
        <source>commune_care backups (*.ccbak);;All files (*)</source>
        <translation>Bản sao lưu commune_care (*.ccbak);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="181"/>
        <source>(not set up)</source>
        <translation>(chưa thiết lập)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="194"/>
        <source>This backup was made by a newer version of the program. Install the newest version, then restore it; the current data is not changed.</source>
        <translation>Bản sao lưu này được tạo bằng phiên bản mới hơn của phần mềm. Hãy cài phiên bản mới nhất rồi khôi phục; dữ liệu hiện tại không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="199"/>
        <source>This backup belongs to %1. I still want to replace the data with it.</source>
        <translation>Bản sao lưu này thuộc về %1. Tôi vẫn muốn thay dữ liệu bằng bản sao lưu này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="237"/>
        <source>Replace all the data in this program with the backup of %1 made on %2?

A copy of the current data is kept in the backups folder first.</source>
        <translation>Thay toàn bộ dữ liệu trong phần mềm bằng bản sao lưu của %1 tạo lúc %2?

Trước đó, một bản sao dữ liệu hiện tại được giữ lại trong thư mục sao lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="305"/>
        <source>Restored. The program now shows the data of the backup.</source>
        <translation>Đã khôi phục. Phần mềm đang hiển thị dữ liệu của bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="306"/>
        <source>The replaced data was kept in: %1</source>
        <translation>Dữ liệu bị thay thế được giữ tại: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="321"/>
        <source>The restore failed because of an unexpected error (see the log): %1</source>
        <translation>Không khôi phục được do lỗi không mong muốn (xem nhật ký): %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/restore_dialog.py" line="333"/>
        <source>Cancelled. The current data was not changed.</source>
        <translation>Đã hủy. Dữ liệu hiện tại không thay đổi.</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="46"/>
        <source>Show confidential information</source>
        <translation>Xem thông tin bảo mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="51"/>
        <source>%1 is confidential (Nghị định 56, Điều 24). Say why you need it: the reason is kept in the audit trail with your name and the time.</source>
        <translation>%1 là thông tin bảo mật (Nghị định 56, Điều 24). Hãy ghi lý do cần xem: lý do được lưu trong nhật ký hệ thống cùng tên của bạn và thời gian xem.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="56"/>
        <source>e.g. Preparing the support plan</source>
        <translation>ví dụ: Lập kế hoạch hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="57"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="66"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/confidential.py" line="75"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="83"/>
        <source>Review after the plan (Mẫu 06)</source>
        <translation>Đánh giá sau thực hiện kế hoạch (Mẫu 06)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="84"/>
        <source>Reviewed on *</source>
        <translation>Ngày đánh giá *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="85"/>
        <source>Reviewed by *</source>
        <translation>Người đánh giá *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="87"/>
        <source>Confidential (Nghị định 56, Điều 24)</source>
        <translation>Thông tin mật (Điều 24 Nghị định 56)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="88"/>
        <source>Shown only on request.</source>
        <translation>Chỉ hiện khi được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="89"/>
        <source>— not rated —</source>
        <translation>— chưa đánh giá —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="105"/>
        <source>Review notes</source>
        <translation>Ghi chú đánh giá</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="107"/>
        <source>Level of risk now *</source>
        <translation>Mức độ nguy cơ hiện nay *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="111"/>
        <source>Outcome *</source>
        <translation>Kết quả *</translation>
    </message>
</context>
<context>
    <name>RoleChecks</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/role_checks.py" line="35"/>
        <source>All the work on the children&apos;s records, cases and documents</source>
        <translation>Mọi công việc về hồ sơ trẻ em, hồ sơ hỗ trợ, can thiệp và văn bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/role_checks.py" line="36"/>
        <source>Reads everything, approves plans and decisions; edits nothing</source>
        <translation>Xem mọi thông tin, phê duyệt kế hoạch và quyết định; không sửa hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/role_checks.py" line="37"/>
        <source>Adoption, and the children&apos;s data it needs</source>
        <translation>Nuôi con nuôi và thông tin trẻ em cần cho việc đó</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/role_checks.py" line="38"/>
        <source>Accounts, settings, backups and restore</source>
        <translation>Tài khoản, cài đặt, sao lưu và khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/role_checks.py" line="39"/>
        <source>Lists and statistics, nothing confidential</source>
        <translation>Danh sách và số liệu thống kê, không có thông tin mật</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="245"/>
        <source>Record a service</source>
        <translation>Ghi nhận dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="246"/>
        <source>Edit service</source>
        <translation>Sửa dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="252"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="257"/>
        <source>— choose a type —</source>
        <translation>— chọn loại —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="262"/>
        <source>— not specified —</source>
        <translation>— không ghi —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="272"/>
        <source>E.g. 6 counselling sessions at school, first aid and treatment…</source>
        <translation>Ví dụ: 6 buổi tư vấn tại trường, sơ cứu và điều trị…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="275"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="279"/>
        <source>leave empty while it goes on</source>
        <translation>để trống khi đang tiếp tục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="281"/>
        <source>— not part of a case —</source>
        <translation>— không thuộc hồ sơ nào —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="284"/>
        <source>Automatic (case management when part of a case)</source>
        <translation>Tự động (hỗ trợ can thiệp khi thuộc một hồ sơ)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="287"/>
        <source>Type of service *</source>
        <translation>Loại dịch vụ *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="288"/>
        <source>Setting</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="290"/>
        <source>Provider</source>
        <translation>Nơi cung cấp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="294"/>
        <source>What was given</source>
        <translation>Nội dung dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="295"/>
        <source>From *</source>
        <translation>Từ ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="297"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="298"/>
        <source>Part of the case</source>
        <translation>Thuộc hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="299"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="301"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ServiceDialogs</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/service_dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../src/commune_care/ui/session.py" line="269"/>
        <source>The main window of %1 will be closed for the new person.</source>
        <translation>Cửa sổ làm việc của %1 sẽ được đóng để mở cho người mới.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/session.py" line="275"/>
        <source>%1 open form(s) with what was typed in them and not saved will be closed and LOST.</source>
        <translation>%1 cửa sổ nhập liệu đang mở sẽ bị đóng; nội dung đã gõ mà chưa lưu trong đó sẽ bị MẤT.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/session.py" line="277"/>
        <source>Log in as someone else?</source>
        <translation>Đăng nhập bằng tài khoản khác?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/session.py" line="277"/>
        <source>Log in as someone else</source>
        <translation>Đăng nhập bằng tài khoản khác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/session.py" line="324"/>
        <source>Quit the program? The open forms of %1 and what was typed in them and not saved will be lost.</source>
        <translation>Thoát chương trình? Các cửa sổ đang mở của %1 và nội dung đã gõ mà chưa lưu trong đó sẽ bị mất.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/session.py" line="325"/>
        <source>Quit the program</source>
        <translation>Thoát chương trình</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="60"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="70"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="71"/>
        <source>Save the commune&apos;s details (Ctrl+S)</source>
        <translation>Lưu thông tin của xã (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="73"/>
        <source>Undo changes</source>
        <translation>Hoàn tác thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="74"/>
        <source>Show the details as they were last saved</source>
        <translation>Hiện lại thông tin như lần lưu gần nhất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="88"/>
        <source>This copy of the program</source>
        <translation>Bản cài đặt này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="96"/>
        <source>Database file in use</source>
        <translation>Tệp dữ liệu đang dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="97"/>
        <source>Program version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="99"/>
        <source>Lists</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="101"/>
        <source>Service providers…</source>
        <translation>Nơi cung cấp dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="104"/>
        <source>The bodies and people services and referrals go to</source>
        <translation>Các cơ quan, tổ chức, cá nhân cung cấp dịch vụ và nhận chuyển gửi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="142"/>
        <source>Targets of the programme</source>
        <translation>Chỉ tiêu của Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="152"/>
        <source>Decision 1591/QĐ-TTg: 80 % and 100 %. Change them only when the province&apos;s plan sets other figures for the commune.</source>
        <translation>Quyết định 1591/QĐ-TTg: 80 % và 100 %. Chỉ thay đổi khi kế hoạch của tỉnh giao cho xã chỉ tiêu khác.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="155"/>
        <source>Children with mental-health problems reached</source>
        <translation>Trẻ em có vấn đề sức khỏe tâm thần được tiếp cận dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="157"/>
        <source>Orphans in alternative care</source>
        <translation>Trẻ em mồ côi được chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="169"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="172"/>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="176"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="173"/>
        <source>Automatic copies kept, in days</source>
        <translation>Số ngày giữ bản sao tự động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="174"/>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="175"/>
        <source>Monthly copies kept, in months</source>
        <translation>Số tháng giữ bản sao hằng tháng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="178"/>
        <source>the last</source>
        <translation>trong vòng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="180"/>
        <source>and one copy a month for</source>
        <translation>và mỗi tháng một bản trong</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="185"/>
        <source>without a backup to a USB stick</source>
        <translation>không sao lưu ra USB</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="192"/>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="202"/>
        <source>The program copies the data on this computer once a day and when it closes. These copies do not survive a broken computer: back up to a USB stick as well.</source>
        <translation>Phần mềm tự sao chép dữ liệu trên máy này mỗi ngày một lần và khi đóng phần mềm. Nếu máy tính hỏng, các bản sao này cũng mất theo: hãy sao lưu thêm ra USB.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="205"/>
        <source>Keep automatic copies of</source>
        <translation>Giữ bản sao tự động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="206"/>
        <source>Remind me after</source>
        <translation>Nhắc sau</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="207"/>
        <source>Automatic copies are in</source>
        <translation>Thư mục bản sao tự động</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="214"/>
        <source>Accounts and security</source>
        <translation>Tài khoản và bảo mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="217"/>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="218"/>
        <source>Lock the screen after, in minutes</source>
        <translation>Tự khóa màn hình sau số phút</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="219"/>
        <source> characters</source>
        <translation> ký tự</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="220"/>
        <source>Shortest password allowed</source>
        <translation>Độ dài tối thiểu của mật khẩu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="223"/>
        <source>without using the keyboard or the mouse</source>
        <translation>không dùng bàn phím hoặc chuột</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="228"/>
        <source>Accounts…</source>
        <translation>Tài khoản…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="231"/>
        <source>Create accounts, give roles, reset a forgotten password, disable an account</source>
        <translation>Tạo tài khoản, cấp vai trò, đặt lại mật khẩu bị quên, ngừng một tài khoản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="236"/>
        <source>Lock the screen after</source>
        <translation>Tự khóa màn hình sau</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="237"/>
        <source>Passwords at least</source>
        <translation>Mật khẩu tối thiểu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="347"/>
        <source>Not saved: correct what is shown in red. The saved details are unchanged.</source>
        <translation>Chưa lưu: hãy sửa các chỗ báo đỏ. Thông tin đã lưu trước đó không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="337"/>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="352"/>
        <source>Saved at {0}.</source>
        <translation>Đã lưu lúc {0}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="359"/>
        <source>Changes not saved yet.</source>
        <translation>Có thay đổi chưa lưu.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="36"/>
        <source>Set up the commune</source>
        <translation>Thiết lập thông tin xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="38"/>
        <source>Welcome. First, tell the program which commune it serves.</source>
        <translation>Xin chào. Trước hết, hãy cho biết phần mềm phục vụ xã nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="49"/>
        <source>The commune&apos;s name, the agency lines and the officials&apos; names are printed on every document and report; you can change them later in Settings.</source>
        <translation>Tên xã, tên cơ quan và họ tên người ký được in trên mọi văn bản, báo cáo; có thể sửa lại sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="58"/>
        <source>Save and start</source>
        <translation>Lưu và bắt đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="61"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="67"/>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="71"/>
        <source>A new computer: bring back the data from a backup on a USB stick</source>
        <translation>Máy tính mới: khôi phục dữ liệu từ bản sao lưu trên USB</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="79"/>
        <source>Fields marked * are required.   Enter: save   ·   Esc: cancel</source>
        <translation>Các ô có dấu * là bắt buộc.   Enter: lưu   ·   Esc: hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="119"/>
        <source>Leave the set-up?</source>
        <translation>Thoát thiết lập?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/setup_dialog.py" line="123"/>
        <source>Nothing has been saved. Without a commune the program cannot open the register and will close. Leave anyway?</source>
        <translation>Chưa có gì được lưu. Khi chưa có thông tin xã, phần mềm không mở được danh sách và sẽ đóng lại. Vẫn thoát?</translation>
    </message>
</context>
<context>
    <name>SignerChoice</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="106"/>
        <source>TM. People&apos;s Committee — Chairman</source>
        <translation>TM. Ủy ban nhân dân — Chủ tịch</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="109"/>
        <source>TM. People&apos;s Committee — Vice-chairman (KT. Chairman)</source>
        <translation>TM. Ủy ban nhân dân — Phó Chủ tịch (KT. Chủ tịch)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="112"/>
        <source>Chairman (own decision)</source>
        <translation>Chủ tịch (ký theo thẩm quyền của Chủ tịch)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_preview.py" line="115"/>
        <source>Vice-chairman (KT. Chairman)</source>
        <translation>Phó Chủ tịch (KT. Chủ tịch)</translation>
    </message>
</context>
<context>
    <name>SponsorshipDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="328"/>
        <source>New sponsorship</source>
        <translation>Thêm nhận đỡ đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="329"/>
        <source>Edit the sponsorship</source>
        <translation>Sửa nhận đỡ đầu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="336"/>
        <source>Choose the child…</source>
        <translation>Chọn trẻ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="346"/>
        <source>e.g. Scholarship, school things</source>
        <translation>ví dụ: Học bổng, đồ dùng học tập</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="348"/>
        <source>đồng a month, e.g. 500.000 (may be empty)</source>
        <translation>đồng mỗi tháng, ví dụ 500.000 (có thể để trống)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="353"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="355"/>
        <source>(empty: still going on)</source>
        <translation>(để trống: đang tiếp tục)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="360"/>
        <source>Child *</source>
        <translation>Trẻ em *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="362"/>
        <source>Sponsor *</source>
        <translation>Người, tổ chức nhận đỡ đầu *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="363"/>
        <source>Sponsor&apos;s address, phone</source>
        <translation>Địa chỉ, điện thoại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="364"/>
        <source>Support given *</source>
        <translation>Nội dung hỗ trợ *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="365"/>
        <source>Amount a month</source>
        <translation>Số tiền mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="367"/>
        <source>From *</source>
        <translation>Từ ngày *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="370"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/activity_dialogs.py" line="385"/>
        <source>Child sponsored</source>
        <translation>Trẻ được nhận đỡ đầu</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="142"/>
        <source>Some fields need correcting: see the messages in red. Nothing was saved.</source>
        <translation>Một số ô cần sửa: xem các dòng chữ đỏ. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="157"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="160"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="166"/>
        <source>Enter: save   ·   Esc: cancel</source>
        <translation>Enter: lưu   ·   Esc: hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="174"/>
        <source>Case {0} · {1}</source>
        <translation>Hồ sơ {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="177"/>
        <source>A new case is opened when this report is saved.</source>
        <translation>Hồ sơ mới được lập khi lưu thông tin tiếp nhận này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="370"/>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/form.py" line="371"/>
        <source>What you typed in this form has not been saved. Close it and lose it?</source>
        <translation>Những gì đã nhập trong biểu mẫu này chưa được lưu. Đóng và bỏ đi?</translation>
    </message>
</context>
<context>
    <name>StopCarerDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="657"/>
        <source>Stop: {0}</source>
        <translation>Ngừng nhận chăm sóc thay thế: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="659"/>
        <source>The carer stays on the registry with this date and reason, and is no longer offered for new placements.</source>
        <translation>Người nhận chăm sóc thay thế vẫn được giữ trong danh sách cùng ngày và lý do này, nhưng không còn để chọn khi giao trẻ em mới.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="663"/>
        <source>Stopped on *</source>
        <translation>Ngày dừng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="666"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="668"/>
        <source>E.g. withdrew the application, moved away</source>
        <translation>Ví dụ: rút đơn, chuyển đi nơi khác</translation>
    </message>
</context>
<context>
    <name>SubmitPlanDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="239"/>
        <source>Submit the plan to the commune chairman</source>
        <translation>Trình Chủ tịch Ủy ban nhân dân xã phê duyệt kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="242"/>
        <source>The chairman has 2 working days from this date to approve the plan.</source>
        <translation>Chủ tịch có 02 ngày làm việc kể từ ngày này để phê duyệt kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="245"/>
        <source>Submitted on *</source>
        <translation>Ngày trình *</translation>
    </message>
</context>
<context>
    <name>TaskStatusDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="58"/>
        <source>Update a task of the plan</source>
        <translation>Cập nhật công việc của kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="61"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="63"/>
        <source>Status *</source>
        <translation>Tình trạng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/case_steps/implementation.py" line="65"/>
        <source>Since *</source>
        <translation>Từ ngày *</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="40"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="45"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="46"/>
        <source>Open what the selected line is about (Enter)</source>
        <translation>Mở hồ sơ của dòng đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="55"/>
        <source>All programmes</source>
        <translation>Tất cả chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="63"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="64"/>
        <source>Overdue only</source>
        <translation>Chỉ việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="68"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="82"/>
        <source>What is due in every programme, soonest first: case steps with their legal time limits, placement follow-ups and adoption deadlines, documents awaiting a number and the USB backup. Enter opens the record.</source>
        <translation>Việc đến hạn của mọi chương trình, gần hạn nhất trước: các bước hồ sơ hỗ trợ, can thiệp theo thời hạn luật định, theo dõi trẻ được chăm sóc thay thế, thời hạn nuôi con nuôi, văn bản chờ cấp số và việc sao lưu ra USB. Nhấn Enter để mở.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="122"/>
        <source>1 thing to do</source>
        <translation>1 việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="122"/>
        <source>{0} things to do</source>
        <translation>{0} việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="124"/>
        <source>, {0} overdue</source>
        <translation>, {0} việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="129"/>
        <source>Nothing matches the filters.</source>
        <translation>Không có việc nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="131"/>
        <source>Nothing is due in any programme.</source>
        <translation>Không có việc nào đến hạn trong các chương trình.</translation>
    </message>
</context>
<context>
    <name>TodoTable</name>
    <message>
        <location filename="../../src/commune_care/ui/widgets/todo_table.py" line="24"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/todo_table.py" line="25"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/todo_table.py" line="27"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/todo_table.py" line="29"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/todo_table.py" line="29"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/widgets/todo_table.py" line="30"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="563"/>
        <source>Verification (Mẫu 11): {0}</source>
        <translation>Xác minh điều kiện (Mẫu 11): {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="570"/>
        <source>All 8 conditions of Điều 63.2 are met.</source>
        <translation>Đáp ứng đủ 8 điều kiện của Điều 63.2.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="573"/>
        <source>{0} of 8 conditions of Điều 63.2 not met or not checked yet:</source>
        <translation>{0}/8 điều kiện của Điều 63.2 chưa đáp ứng hoặc chưa được kiểm tra:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="579"/>
        <source>No other household member recorded.</source>
        <translation>Chưa ghi thành viên nào khác trong gia đình.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="580"/>
        <source>Not agreeing: {0}</source>
        <translation>Không đồng thuận: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="582"/>
        <source>All {0} household members agree.</source>
        <translation>Cả {0} thành viên trong gia đình đều đồng thuận.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="585"/>
        <source>Conditions</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="586"/>
        <source>Household</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="587"/>
        <source>Verified on *</source>
        <translation>Ngày xác minh *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="588"/>
        <source>Verified by *</source>
        <translation>Người xác minh *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="591"/>
        <source>Result *</source>
        <translation>Kết quả *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="595"/>
        <source>— choose the result —</source>
        <translation>— chọn kết quả —</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/carer_forms.py" line="597"/>
        <source>Remarks</source>
        <translation>Nhận xét</translation>
    </message>
</context>
<context>
    <name>WarningsDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="130"/>
        <source>Please read before saving</source>
        <translation>Hãy đọc trước khi lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="137"/>
        <source>Nothing is saved yet. Read each point below; save anyway only if the decision is right despite them.</source>
        <translation>Chưa có gì được lưu. Hãy đọc từng điểm dưới đây; chỉ tiếp tục lưu khi quyết định vẫn đúng dù có những điểm này.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="157"/>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/care/form.py" line="160"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>WithdrawAdoptersDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="421"/>
        <source>The people asking to adopt withdrew</source>
        <translation>Người xin nhận con nuôi rút đơn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="424"/>
        <source>Withdrawn on *</source>
        <translation>Ngày rút đơn *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="425"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="703"/>
        <source>Stop the referral</source>
        <translation>Dừng đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="710"/>
        <source>The referral ends and stays in the records with the reason. The child may be proposed again later.</source>
        <translation>Đề xuất kết thúc và được lưu lại cùng lý do. Sau này vẫn có thể đề xuất lại cho trẻ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="712"/>
        <source>Stopped on *</source>
        <translation>Ngày dừng *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/adoption_dialogs.py" line="713"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="451"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_form_dialog.py" line="453"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/document_dialogs.py" line="52"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="56"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="57"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="58"/>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="99"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="61"/>
        <source>A line entered by mistake leaves the lists and the figures; it is kept.</source>
        <translation>Dòng nhập nhầm sẽ không còn trong danh sách và số liệu nhưng vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="62"/>
        <source>Archived only</source>
        <translation>Chỉ mục đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/activities_page.py" line="99"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="106"/>
        <source>{0} (no longer used)</source>
        <translation>{0} (ngừng sử dụng)</translation>
    </message>
</context>
</TS>
