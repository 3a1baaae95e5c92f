<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="435"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="436"/>
        <source>Back to the list (Alt+Left or Esc)</source>
        <translation>Quay lại danh sách (Alt+← hoặc Esc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="449"/>
        <source>Applicants withdrew…</source>
        <translation>Người xin nhận rút đơn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="452"/>
        <source>The people asking to adopt gave up before their file was received</source>
        <translation>Người xin nhận con nuôi rút đơn trước khi hồ sơ được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="453"/>
        <source>Refuse in writing…</source>
        <translation>Từ chối bằng văn bản…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="456"/>
        <source>Refuse to register, in writing with the reasons (Điều 22.2)</source>
        <translation>Từ chối đăng ký, trả lời bằng văn bản và nêu rõ lý do (Điều 22.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="457"/>
        <source>Stop the referral…</source>
        <translation>Dừng đề xuất…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="458"/>
        <source>End the referral with its reason</source>
        <translation>Kết thúc đề xuất, ghi rõ lý do</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="486"/>
        <source>Open the child&apos;s page</source>
        <translation>Mở hồ sơ của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="492"/>
        <source>Child:</source>
        <translation>Trẻ em:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="500"/>
        <source>Record it now…</source>
        <translation>Ghi nhận ngay…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="501"/>
        <source>Open the form of the next step (Ctrl+Enter)</source>
        <translation>Mở biểu mẫu của bước tiếp theo (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="516"/>
        <source>Steps of Luật Nuôi con nuôi, in order</source>
        <translation>Các bước theo Luật Nuôi con nuôi, theo thứ tự</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="534"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="534"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="590"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="535"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="545"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="720"/>
        <source>No time limit of the law runs until the notice is posted or the file is in.</source>
        <translation>Thời hạn luật định chỉ bắt đầu tính từ khi niêm yết hoặc khi nhận đủ hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="548"/>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="557"/>
        <source>To check before registering</source>
        <translation>Cần kiểm tra trước khi đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="562"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="562"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="568"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="587"/>
        <source>Reports of the adoptive parents</source>
        <translation>Báo cáo của cha mẹ nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="590"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="590"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="591"/>
        <source>What it says</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="650"/>
        <source>, born {0}</source>
        <translation>, sinh {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="653"/>
        <source>Proposed {0} by {1} · {2}</source>
        <translation>Đề xuất ngày {0}, người đề xuất {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="671"/>
        <source>The referral was stopped on {0}: {1}</source>
        <translation>Đề xuất đã dừng ngày {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="676"/>
        <source>Registration refused on {0}.</source>
        <translation>Đã từ chối đăng ký ngày {0}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="680"/>
        <source>Nothing left to do: the six reports are in.</source>
        <translation>Không còn việc cần làm: đã nhận đủ sáu báo cáo.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="684"/>
        <source>Next: {0} by {1} ({2})</source>
        <translation>Tiếp theo: {0} trước {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="689"/>
        <source>Next: {0}</source>
        <translation>Tiếp theo: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="693"/>
        <source>{0} reports are overdue.</source>
        <translation>{0} báo cáo đã quá hạn.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="704"/>
        <source>Done late, {0}</source>
        <translation>Đã xong nhưng muộn, {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="705"/>
        <source>Done in time, {0}</source>
        <translation>Đã xong đúng hạn, {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="716"/>
        <source>The referral has ended: no time limit runs any more.</source>
        <translation>Đề xuất đã kết thúc: không còn thời hạn nào được tính.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="763"/>
        <source>{0} of 6</source>
        <translation>Lần {0}/6</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="777"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="778"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="779"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="780"/>
        <source>Not needed</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="825"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="826"/>
        <source>Record…</source>
        <translation>Ghi nhận…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="831"/>
        <source>1. Child proposed for adoption (Điều 15)</source>
        <translation>1. Đề xuất tìm gia đình nhận trẻ làm con nuôi (Điều 15)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="835"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="837"/>
        <source>Reason: {0}</source>
        <translation>Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="846"/>
        <source>Posted {0} at {1}; the 60 days end on {2}</source>
        <translation>Niêm yết từ ngày {0} tại {1}; hết thời hạn 60 ngày vào ngày {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="853"/>
        <source>Not needed when a step-parent, an aunt or an uncle asks to adopt the child.</source>
        <translation>Không cần khi cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột xin nhận trẻ làm con nuôi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="855"/>
        <source>Not posted: the adopters came forward without a notice.</source>
        <translation>Không niêm yết: đã có người xin nhận con nuôi khi chưa thông báo, niêm yết.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="857"/>
        <source>60 days at the commune office to find a family in the country.</source>
        <translation>Thông báo, niêm yết 60 ngày tại trụ sở Ủy ban nhân dân xã để tìm người trong nước nhận trẻ làm con nuôi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="862"/>
        <source>2. Public notice at the commune office — 60 days (Điều 15.2.b)</source>
        <translation>2. Thông báo, niêm yết tại trụ sở Ủy ban nhân dân xã — 60 ngày (Điều 15.2.b)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="873"/>
        <source>{0}, application of {1}</source>
        <translation>{0}, đơn xin nhận con nuôi ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="879"/>
        <source>Withdrawn {0}: {1} ({2})</source>
        <translation>Rút đơn ngày {0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="886"/>
        <source>Record the people who come forward: one person or a married couple.</source>
        <translation>Ghi người xin nhận con nuôi: một người hoặc hai vợ chồng.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="890"/>
        <source>3. People asking to adopt and their conditions (Điều 8, 13, 14)</source>
        <translation>3. Người xin nhận con nuôi và điều kiện đối với người nhận con nuôi (Điều 8, 13, 14)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="900"/>
        <source>Complete file received {0} by {1}</source>
        <translation>Nhận đủ hồ sơ ngày {0}, người nhận hồ sơ {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="906"/>
        <source>4. The complete file received (Điều 17, 18, 19)</source>
        <translation>4. Nhận đủ hồ sơ (Điều 17, 18, 19)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="915"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="926"/>
        <source>Still to record: {0}</source>
        <translation>Còn thiếu ý kiến của: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="930"/>
        <source>Whether the child is 9 yet cannot be told: ask the child too.</source>
        <translation>Chưa xác định được trẻ đã đủ 09 tuổi hay chưa: hãy lấy cả ý kiến của trẻ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="935"/>
        <source>5. Opinions of the parents, the guardian, the child from 9 (Điều 21)</source>
        <translation>5. Ý kiến của cha mẹ đẻ, người giám hộ, trẻ em từ đủ 09 tuổi (Điều 21)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="938"/>
        <source>Record an opinion…</source>
        <translation>Ghi ý kiến…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="945"/>
        <source>Completed {0} by {1}</source>
        <translation>Lấy xong ý kiến ngày {0}, người lấy ý kiến {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="947"/>
        <source>Did not agree: {0}</source>
        <translation>Không đồng ý: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="953"/>
        <source>6. Opinions collected — within 10 days of the file (Điều 20)</source>
        <translation>6. Hoàn thành việc lấy ý kiến — trong 10 ngày kể từ ngày nhận đủ hồ sơ (Điều 20)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="962"/>
        <source>, letter {0}</source>
        <translation>, văn bản số {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="965"/>
        <source>7. Registration refused in writing (Điều 22.2)</source>
        <translation>7. Từ chối đăng ký bằng văn bản (Điều 22.2)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="967"/>
        <source>Refused {0}{1}
Reasons: {2}</source>
        <translation>Từ chối ngày {0}{1}
Lý do: {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="973"/>
        <source>7. Adoption registered, child handed over (Điều 22.1)</source>
        <translation>7. Đã đăng ký nuôi con nuôi, giao nhận con nuôi (Điều 22.1)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="975"/>
        <source>Certificate {0} of {1}; handed over {2}</source>
        <translation>Giấy chứng nhận nuôi con nuôi số {0} ngày {1}; giao nhận con nuôi ngày {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="981"/>
        <source>Refuse…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="981"/>
        <source>Register…</source>
        <translation>Đăng ký…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="984"/>
        <source>7. Registration within 20 days of the consents, or refusal (Điều 22)</source>
        <translation>7. Đăng ký trong 20 ngày kể từ ngày có ý kiến đồng ý, hoặc từ chối (Điều 22)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="987"/>
        <source>Someone whose consent is needed did not agree: refuse in writing.</source>
        <translation>Có người phải cho ý kiến đã không đồng ý: hãy từ chối đăng ký bằng văn bản.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="996"/>
        <source>Received {0} of 6</source>
        <translation>Đã nhận {0}/6</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="1000"/>
        <source>8. Reports every 6 months for 3 years after the handover (Điều 23)</source>
        <translation>8. Báo cáo sáu tháng một lần trong thời hạn 03 năm kể từ ngày giao nhận con nuôi (Điều 23)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="1003"/>
        <source>Record a report…</source>
        <translation>Ghi nhận báo cáo…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="1011"/>
        <source>{0} ({1}), born {2}: {3} of {4} conditions confirmed</source>
        <translation>{0} ({1}), sinh {2}: đã xác nhận {3}/{4} điều kiện</translation>
    </message>
</context>
<context>
    <name>AdoptionListView</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="142"/>
        <source>Adoption referrals</source>
        <translation>Đề xuất nhận con nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="147"/>
        <source>Propose a child…</source>
        <translation>Đề xuất trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="150"/>
        <source>Propose a child of the register for adoption (Ctrl+N)</source>
        <translation>Đề xuất tìm gia đình nhận con nuôi cho một trẻ trong danh sách (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="151"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="152"/>
        <source>Open the selected referral (Enter)</source>
        <translation>Mở đề xuất đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="167"/>
        <source>Open referrals</source>
        <translation>Đề xuất đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="168"/>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="169"/>
        <source>Refused</source>
        <translation>Từ chối đăng ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="170"/>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="171"/>
        <source>All referrals</source>
        <translation>Tất cả đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="173"/>
        <source>Which referrals</source>
        <translation>Lọc đề xuất theo tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="174"/>
        <source>Overdue only</source>
        <translation>Chỉ việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="175"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="179"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="193"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="230"/>
        <source>Referral</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="194"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="231"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="195"/>
        <source>Proposed</source>
        <translation>Ngày đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="196"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="197"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="198"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="228"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="199"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="229"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="232"/>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="261"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="243"/>
        <source>Nothing to do on the adoption referrals.</source>
        <translation>Không có việc cần làm đối với các đề xuất nhận con nuôi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="252"/>
        <source>The deadlines of the open referrals and the reports due within 30 days or overdue, soonest first. Enter opens the referral.</source>
        <translation>Thời hạn của các đề xuất đang giải quyết và các báo cáo đến hạn trong 30 ngày tới hoặc đã quá hạn, việc gần hạn nhất lên đầu. Enter để mở đề xuất.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="260"/>
        <source>Referrals</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="325"/>
        <source>1 referral</source>
        <translation>1 đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="325"/>
        <source>{0} referrals</source>
        <translation>{0} đề xuất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="330"/>
        <source>No referral matches the filters.</source>
        <translation>Không có đề xuất nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="334"/>
        <source>No open referral. Press Propose a child when a child needs a family.</source>
        <translation>Không có đề xuất đang giải quyết. Khi có trẻ em cần gia đình thay thế, bấm «Đề xuất trẻ em».</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="349"/>
        <source>To do ({0})</source>
        <translation>Việc cần làm ({0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/adoption_page.py" line="351"/>
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
        <location filename="../../src/commune_care/app.py" line="114"/>
        <source>The program closed unexpectedly</source>
        <translation>Phần mềm đã đóng bất thường</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/app.py" line="121"/>
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
        <location filename="../../src/commune_care/ui/dialogs/case_steps/plan.py" line="266"/>
        <source>Approved on *</source>
        <translation>Ngày phê duyệt *</translation>
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
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="436"/>
        <source>Archive the record</source>
        <translation>Lưu trữ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="441"/>
        <source>The record of {0} ({1}) leaves the register but is kept, with its history, and can be restored later. Nothing is deleted.</source>
        <translation>Hồ sơ của {0} ({1}) được đưa ra khỏi danh sách quản lý nhưng vẫn được giữ cùng lịch sử thay đổi và có thể khôi phục sau. Không có gì bị xóa.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="448"/>
        <source>E.g. registered twice (see TE000123), moved to another province…</source>
        <translation>Ví dụ: đăng ký trùng (xem TE000123), chuyển đi tỉnh khác…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="452"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="455"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="457"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="473"/>
        <source>Write why the record is archived.</source>
        <translation>Hãy ghi lý do lưu trữ hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="478"/>
        <source>Archive the record?</source>
        <translation>Lưu trữ hồ sơ?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="479"/>
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
    <name>CasePage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="199"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="200"/>
        <source>Back to the list (Alt+Left or Esc)</source>
        <translation>Quay lại danh sách (Alt+← hoặc Esc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="214"/>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="466"/>
        <source>Show confidential details</source>
        <translation>Hiện thông tin mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="220"/>
        <source>The report, the informant, the assessments and the kind of abuse are confidential (Nghị định 56, Điều 24): shown only when asked.</source>
        <translation>Nội dung tiếp nhận, người cung cấp thông tin, các đánh giá và hình thức xâm hại là thông tin mật (Điều 24 Nghị định 56): chỉ hiện khi được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="245"/>
        <source>Open the child&apos;s page</source>
        <translation>Mở hồ sơ của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="249"/>
        <source>Link to a child…</source>
        <translation>Gắn với trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="250"/>
        <source>The child is in the register: choose them</source>
        <translation>Trẻ đã có trong danh sách: chọn trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="251"/>
        <source>Register the child…</source>
        <translation>Lập hồ sơ trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="254"/>
        <source>The child is not in the register yet: add them and link this case</source>
        <translation>Trẻ chưa có trong danh sách: lập hồ sơ trẻ và gắn với hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="262"/>
        <source>Child:</source>
        <translation>Trẻ em:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="314"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="314"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="315"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="329"/>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="336"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="572"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="344"/>
        <source>Implementation log</source>
        <translation>Nhật ký thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="373"/>
        <source>Services and tasks of the plan</source>
        <translation>Dịch vụ, công việc của kế hoạch</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="377"/>
        <source>Service or task</source>
        <translation>Dịch vụ, công việc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="378"/>
        <source>Responsible / provider</source>
        <translation>Chịu trách nhiệm / nơi cung cấp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="379"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="380"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="381"/>
        <source>Budget (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="382"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="394"/>
        <source>Update the selected task…</source>
        <translation>Cập nhật công việc đang chọn…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="834"/>
        <source>Services and tasks: {0} · budget {1} VND</source>
        <translation>Dịch vụ, công việc: {0} · kinh phí {1} đồng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="882"/>
        <source>Tasks finished: {0} of {1} · log entries: {2}</source>
        <translation>Công việc đã xong: {0}/{1} · số dòng nhật ký: {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="890"/>
        <source>Add a log entry…</source>
        <translation>Thêm nhật ký…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="457"/>
        <source>Level: {0}</source>
        <translation>Mức độ: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="273"/>
        <source>Record it now…</source>
        <translation>Ghi nhận ngay…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="274"/>
        <source>Open the form of the next step (Ctrl+Enter)</source>
        <translation>Mở biểu mẫu của bước tiếp theo (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="326"/>
        <source>No time limit of the decree is running yet; the next step&apos;s due time is above.</source>
        <translation>Chưa có thời hạn nào của Nghị định đang chạy; hạn của bước tiếp theo ghi ở trên.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="336"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="337"/>
        <source>What was done</source>
        <translation>Nội dung đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="464"/>
        <source>Hide confidential details</source>
        <translation>Ẩn thông tin mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="480"/>
        <source>about {0} years old</source>
        <translation>khoảng {0} tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="482"/>
        <source>age not known</source>
        <translation>chưa rõ tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="484"/>
        <source>sex: {0}</source>
        <translation>giới tính: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="487"/>
        <source>sex not known</source>
        <translation>chưa rõ giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="488"/>
        <source>unknown child — {0}</source>
        <translation>trẻ chưa rõ danh tính — {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="490"/>
        <source>Report received {0} · {1}</source>
        <translation>Tiếp nhận thông tin {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="506"/>
        <source>The case was closed on {0}.</source>
        <translation>Hồ sơ đã đóng ngày {0}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="510"/>
        <source>Nothing to do.</source>
        <translation>Không có việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="514"/>
        <source>Next: {0} by {1} ({2})</source>
        <translation>Tiếp theo: {0} trước {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="518"/>
        <source>Next: {0}</source>
        <translation>Tiếp theo: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="521"/>
        <source>Also: {0} by {1} ({2})</source>
        <translation>Ngoài ra: {0} trước {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="538"/>
        <source>Done late, {0}</source>
        <translation>Đã xong nhưng muộn, {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="539"/>
        <source>Done in time, {0}</source>
        <translation>Đã xong đúng hạn, {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="573"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="574"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="575"/>
        <source>Not needed</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="585"/>
        <source>Cycle {0} — began {1}: {2}{3}</source>
        <translation>Chu kỳ {0} — bắt đầu {1}: {2}{3}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="593"/>
        <source>Steps of Nghị định 56/2017, in order</source>
        <translation>Các bước theo Nghị định 56/2017, theo thứ tự</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="618"/>
        <source>Earlier cycles:</source>
        <translation>Các chu kỳ trước:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="619"/>
        <source>Cycle {0}, began {1}</source>
        <translation>Chu kỳ {0}, bắt đầu {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="621"/>
        <source>level {0}</source>
        <translation>mức độ {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="624"/>
        <source>plan approved by decision {0} of {1}</source>
        <translation>kế hoạch phê duyệt theo quyết định {0} ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="630"/>
        <source>reviewed {0}: {1}</source>
        <translation>đánh giá lại {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="635"/>
        <source>closed {0}</source>
        <translation>đóng {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="643"/>
        <source>(confidential details hidden)</source>
        <translation>(thông tin mật đang ẩn)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="662"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="663"/>
        <source>Record…</source>
        <translation>Ghi nhận…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="666"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="673"/>
        <source>Received {0} by {1} ({2})</source>
        <translation>Tiếp nhận {0}, người tiếp nhận {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="680"/>
        <source>Condition</source>
        <translation>Tình trạng của trẻ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="681"/>
        <source>Place</source>
        <translation>Nơi xảy ra</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="682"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="683"/>
        <source>Already done</source>
        <translation>Đã làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="685"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="689"/>
        <source>Informant</source>
        <translation>Người cung cấp thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="706"/>
        <source>1. Intake report (Mẫu 01)</source>
        <translation>1. Tiếp nhận thông tin (Mẫu 01)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="709"/>
        <source>Reason: {0}</source>
        <translation>Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="712"/>
        <source>1. Case reopened</source>
        <translation>1. Mở lại hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="714"/>
        <source>1. New cycle after the review</source>
        <translation>1. Chu kỳ mới sau đánh giá</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="723"/>
        <source>Level: {0} · emergency intervention: {1}</source>
        <translation>Mức độ: {0} · can thiệp khẩn cấp: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="724"/>
        <source>needed</source>
        <translation>cần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="725"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="732"/>
        <source>Not required in a cycle that follows a review.</source>
        <translation>Không bắt buộc trong chu kỳ tiếp theo sau đánh giá.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="735"/>
        <source>2. Initial risk assessment (Mẫu 02)</source>
        <translation>2. Đánh giá nguy cơ ban đầu (Mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="749"/>
        <source>Temporary separation from {0} until {1}</source>
        <translation>Tạm thời cách ly từ {0} đến {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="751"/>
        <source>(no end date yet)</source>
        <translation>(chưa có ngày kết thúc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="755"/>
        <source>Decision {0}</source>
        <translation>Quyết định {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="760"/>
        <source>Measures</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="761"/>
        <source>Place of safety</source>
        <translation>Nơi tạm trú an toàn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="771"/>
        <source>Not needed: the initial assessment found no emergency.</source>
        <translation>Không cần: đánh giá ban đầu không xác định trường hợp khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="775"/>
        <source>Within 12 hours of the report, when the assessment asks for it.</source>
        <translation>Trong vòng 12 giờ từ khi nhận thông tin, khi đánh giá xác định cần can thiệp khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="778"/>
        <source>3. Emergency intervention / temporary separation (Mẫu 07)</source>
        <translation>3. Can thiệp khẩn cấp / tạm thời cách ly trẻ em (Mẫu 07)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="804"/>
        <source>4. Detailed risk assessment (Mẫu 03)</source>
        <translation>4. Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="814"/>
        <source>Conclusions: {0}</source>
        <translation>Kết luận: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="819"/>
        <source>5. Case meeting chaired by the commune chairman</source>
        <translation>5. Họp xác định nhu cầu hỗ trợ, can thiệp do Chủ tịch Ủy ban nhân dân xã chủ trì</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="833"/>
        <source>Goals: {0}</source>
        <translation>Mục tiêu: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="843"/>
        <source>6. Support and intervention plan (Mẫu 04) — 5 working days</source>
        <translation>6. Kế hoạch hỗ trợ, can thiệp (Mẫu 04) — 05 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="852"/>
        <source>7. Plan submitted to the commune chairman</source>
        <translation>7. Trình Chủ tịch Ủy ban nhân dân xã phê duyệt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="854"/>
        <source>Submitted on {0}</source>
        <translation>Trình ngày {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="864"/>
        <source>8. Decision approving the plan (Mẫu 05) — 2 working days</source>
        <translation>8. Quyết định phê duyệt kế hoạch (Mẫu 05) — 02 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="866"/>
        <source>Decision {0} of {1}, signed by {2}</source>
        <translation>Quyết định {0} ngày {1}, người ký {2}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="887"/>
        <source>9. Carrying out the plan: services, referrals, log</source>
        <translation>9. Thực hiện kế hoạch: dịch vụ, chuyển gửi, nhật ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="900"/>
        <source>Level now: {0} · {1}</source>
        <translation>Mức độ hiện nay: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="904"/>
        <source>Harm</source>
        <translation>Mức độ tổn hại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="905"/>
        <source>Abuser&apos;s access</source>
        <translation>Khả năng tiếp cận của người gây hại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="906"/>
        <source>Obstacles at home</source>
        <translation>Trở ngại tại gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="911"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="925"/>
        <source>The previous cycle&apos;s review on {0} asked for a new plan.</source>
        <translation>Đánh giá của chu kỳ trước ngày {0} đề nghị xây dựng kế hoạch mới.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="929"/>
        <source>10. Review after the plan (Mẫu 06)</source>
        <translation>10. Đánh giá sau thực hiện kế hoạch (Mẫu 06)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="940"/>
        <source>11. Case closed</source>
        <translation>11. Đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="943"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="949"/>
        <source>11. Close the case, or a new cycle</source>
        <translation>11. Đóng hồ sơ hoặc bắt đầu chu kỳ mới</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="951"/>
        <source>A new cycle starts from the review when the child is still at risk.</source>
        <translation>Khi trẻ vẫn còn nguy cơ, chu kỳ mới bắt đầu từ kết quả đánh giá.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="952"/>
        <source>Close the case…</source>
        <translation>Đóng hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="958"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1000"/>
        <source>Total budget: {0} VND</source>
        <translation>Tổng kinh phí: {0} đồng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/case_page.py" line="1074"/>
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
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="65"/>
        <source>Support and intervention</source>
        <translation>Hỗ trợ, can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="70"/>
        <source>New case (intake)…</source>
        <translation>Hồ sơ mới (tiếp nhận)…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="71"/>
        <source>Record a report about a child at risk (Ctrl+N)</source>
        <translation>Ghi nhận thông tin về trẻ em cần bảo vệ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="72"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="73"/>
        <source>Open the selected case (Enter)</source>
        <translation>Mở hồ sơ đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="89"/>
        <source>Open cases</source>
        <translation>Hồ sơ đang xử lý</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="90"/>
        <source>Closed cases</source>
        <translation>Hồ sơ đã đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="91"/>
        <source>All cases</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="94"/>
        <source>All levels</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="99"/>
        <source>All stages</source>
        <translation>Mọi bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="103"/>
        <source>Overdue only</source>
        <translation>Chỉ hồ sơ quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="104"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="108"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="112"/>
        <source>Open or closed</source>
        <translation>Đang xử lý hoặc đã đóng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="113"/>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="114"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="179"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="164"/>
        <source>Nothing to do: no open case has a next step.</source>
        <translation>Không có việc cần làm: không hồ sơ nào đang chờ bước tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="170"/>
        <source>The next action of every open case, soonest first. Enter opens the case.</source>
        <translation>Việc tiếp theo của mọi hồ sơ đang xử lý, việc gần hạn nhất lên đầu. Enter để mở hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="178"/>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="233"/>
        <source>1 case</source>
        <translation>1 hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="233"/>
        <source>{0} cases</source>
        <translation>{0} hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="237"/>
        <source>No case matches the filters.</source>
        <translation>Không có hồ sơ nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="241"/>
        <source>No open case. Press New case (intake) when a report comes in (Ctrl+N).</source>
        <translation>Không có hồ sơ đang xử lý. Khi nhận được thông tin, bấm «Hồ sơ mới (tiếp nhận)» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="247"/>
        <source>To do ({0})</source>
        <translation>Việc cần làm ({0})</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/cases_page.py" line="249"/>
        <source>To do ({0}, {1} overdue)</source>
        <translation>Việc cần làm ({0}, {1} quá hạn)</translation>
    </message>
</context>
<context>
    <name>ChildCasesTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="92"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="93"/>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="94"/>
        <source>Risk level</source>
        <translation>Mức độ nguy cơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="95"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="96"/>
        <source>Next action</source>
        <translation>Việc tiếp theo</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="97"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="98"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="105"/>
        <source>Open case</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="106"/>
        <source>Open the selected case (Enter)</source>
        <translation>Mở hồ sơ đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="108"/>
        <source>No support or intervention case for this child.</source>
        <translation>Trẻ chưa có hồ sơ hỗ trợ, can thiệp nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="110"/>
        <source>Case details are confidential: they are shown on the case page.</source>
        <translation>Nội dung hồ sơ là thông tin mật: chỉ xem ở trang hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="134"/>
        <source>Closed on {0}</source>
        <translation>Đã đóng ngày {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="139"/>
        <source>Open</source>
        <translation>Mở</translation>
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
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="81"/>
        <source>Nothing: the record is archived. Restore it to work on it again.</source>
        <translation>Không có: hồ sơ đã lưu trữ. Hãy khôi phục để tiếp tục làm việc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="85"/>
        <source>Update the status: the child has turned 16</source>
        <translation>Cập nhật trạng thái: trẻ đã đủ 16 tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="88"/>
        <source>Classify the child</source>
        <translation>Phân loại trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="91"/>
        <source>Verify the date of birth</source>
        <translation>Xác minh ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="93"/>
        <source>Check: {0}</source>
        <translation>Kiểm tra: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="102"/>
        <source>Renew the health insurance card (BHYT)</source>
        <translation>Gia hạn thẻ bảo hiểm y tế (BHYT)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="106"/>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="640"/>
        <source>Nothing to do</source>
        <translation>Không có việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="510"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="513"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="514"/>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="517"/>
        <source>Support &amp;&amp; intervention</source>
        <translation>Hỗ trợ can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="518"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="533"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="534"/>
        <source>Back to the list (Alt+Left or Esc)</source>
        <translation>Quay lại danh sách (Alt+← hoặc Esc)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="550"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="553"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="554"/>
        <source>Archive…</source>
        <translation>Lưu trữ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="555"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="607"/>
        <source>born {0}</source>
        <translation>sinh {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="608"/>
        <source>{0} years old</source>
        <translation>{0} tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="620"/>
        <source>The child has turned 16 and is no longer a child under the Law on Children.</source>
        <translation>Trẻ đã đủ 16 tuổi, không còn là trẻ em theo Luật Trẻ em.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="626"/>
        <source>This record is archived. Reason: {0}</source>
        <translation>Hồ sơ này đã lưu trữ. Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="633"/>
        <source>Next thing to do: {0}</source>
        <translation>Việc cần làm tiếp: {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="635"/>
        <source>Also:</source>
        <translation>Ngoài ra:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="683"/>
        <source>Restore the record?</source>
        <translation>Khôi phục hồ sơ?</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="684"/>
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
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="195"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="196"/>
        <source>Setting</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="197"/>
        <source>Provider</source>
        <translation>Nơi cung cấp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="198"/>
        <source>From – to</source>
        <translation>Từ – đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="199"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="200"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="207"/>
        <source>Add service…</source>
        <translation>Thêm dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="208"/>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="240"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="209"/>
        <source>End service…</source>
        <translation>Kết thúc dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="212"/>
        <source>The service ended on a date: write the date and its outcome.</source>
        <translation>Dịch vụ kết thúc vào một ngày: ghi ngày và kết quả.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="216"/>
        <source>No service recorded.</source>
        <translation>Chưa ghi nhận dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="219"/>
        <source>Services received</source>
        <translation>Dịch vụ đã nhận</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="228"/>
        <source>Referred to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="229"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="230"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="231"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="232"/>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="239"/>
        <source>Add referral…</source>
        <translation>Thêm chuyển gửi…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="241"/>
        <source>Update status…</source>
        <translation>Cập nhật tình trạng…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="244"/>
        <source>The provider&apos;s answer: accepted, service given or declined, with feedback.</source>
        <translation>Trả lời của nơi nhận: đã tiếp nhận, đã cung cấp dịch vụ hoặc từ chối, kèm phản hồi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="248"/>
        <source>No referral recorded.</source>
        <translation>Chưa có chuyển gửi nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="251"/>
        <source>Referrals</source>
        <translation>Chuyển gửi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="259"/>
        <source>The record is archived: restore it before recording anything new.</source>
        <translation>Hồ sơ đã lưu trữ: hãy khôi phục trước khi ghi thêm.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="318"/>
        <source>{0} – ongoing</source>
        <translation>{0} – đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_support_tabs.py" line="346"/>
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
    <name>ChildrenPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="65"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="74"/>
        <source>Search by name, code, personal ID number, parents&apos; names…</source>
        <translation>Tìm theo tên, mã, số định danh, tên cha mẹ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="80"/>
        <source>Add child</source>
        <translation>Thêm trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="81"/>
        <source>Register a new child (Ctrl+N)</source>
        <translation>Lập hồ sơ trẻ em mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="82"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="83"/>
        <source>Open the selected child&apos;s record (Enter)</source>
        <translation>Mở hồ sơ trẻ đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="84"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="85"/>
        <source>Edit the selected child&apos;s details</source>
        <translation>Sửa thông tin trẻ đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="86"/>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="89"/>
        <source>Add the children of an existing Excel list, checked line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="113"/>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="122"/>
        <source>Both sexes</source>
        <translation>Cả nam và nữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="128"/>
        <source>All ages</source>
        <translation>Mọi độ tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="134"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="139"/>
        <source>Archived records only</source>
        <translation>Chỉ hồ sơ đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="142"/>
        <source>Show only the records that were archived, instead of the register.</source>
        <translation>Chỉ hiện các hồ sơ đã lưu trữ thay cho danh sách đang quản lý.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="143"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="150"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="154"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="155"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="156"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="157"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="158"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="222"/>
        <source>All villages</source>
        <translation>Tất cả các thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="291"/>
        <source>1 child</source>
        <translation>1 trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="293"/>
        <source>{0} children</source>
        <translation>{0} trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="301"/>
        <source>No child matches the search and filters. Try fewer words or clear the filters.</source>
        <translation>Không có trẻ nào khớp với từ tìm và bộ lọc. Hãy bớt từ hoặc bỏ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/children_page.py" line="305"/>
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
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="306"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="307"/>
        <source>Sub-group</source>
        <translation>Nhóm nhỏ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="308"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="309"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="310"/>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="311"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="321"/>
        <source>Add classification</source>
        <translation>Thêm phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="322"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="323"/>
        <source>End classification</source>
        <translation>Kết thúc phân loại</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="326"/>
        <source>The child no longer belongs to this group from a date; the row stays.</source>
        <translation>Trẻ không còn thuộc nhóm này kể từ một ngày; dòng phân loại vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="330"/>
        <source>The child is not classified in any group yet.</source>
        <translation>Trẻ chưa được phân loại vào nhóm nào.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="351"/>
        <source>Active</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="352"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="354"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
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
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="409"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="409"/>
        <source>User</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="409"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="410"/>
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
    <name>ImportChildrenDialog</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="112"/>
        <source>Import children from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="130"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="131"/>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="389"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="153"/>
        <source>Choose a file, or type or paste its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="156"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="170"/>
        <source>Excel file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="171"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="178"/>
        <source>1. Choose the Excel list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="187"/>
        <source>Choose the .xlsx file in which the commune keeps its children. Title rows above the list, merged header cells, blank and total lines are fine: the header is found by its column names (Họ và tên, Ngày sinh, …). A file with a password or an old .xls file must first be saved as .xlsx in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="201"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="201"/>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="202"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="202"/>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="218"/>
        <source>&amp;Use the guess from the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="225"/>
        <source>2. Where each column goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="241"/>
        <source>&amp;Add these villages to the commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="249"/>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="252"/>
        <source>With something to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="256"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="295"/>
        <source>3. Check the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="309"/>
        <source>Only the lines marked «Sẽ nhập» are imported, all together or none. Lines that are probably a child already registered, or an earlier line of the file, are left out: importing the same file again adds nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="319"/>
        <source>4. Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="326"/>
        <source>Cancel stops the import and leaves the register exactly as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="339"/>
        <source>&amp;Save rejected lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="347"/>
        <source>5. Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="358"/>
        <source>The rejected lines are saved with the same columns and a «Lý do» column that says what to correct. Correct them in that file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="374"/>
        <source>Step %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="383"/>
        <source>&amp;Import %1 children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="386"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="498"/>
        <source>Choose the Excel list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="500"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="515"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="531"/>
        <source> (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="537"/>
        <source>The list&apos;s header is row %1 of sheet «%2»; %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="539"/>
        <source>The list&apos;s header is rows %1 of sheet «%2» (two levels); %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="567"/>
        <source>This layout was imported before: the columns are matched as they were then. Change any choice that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="573"/>
        <source>The columns were recognised from their headers. Check each choice and change the wrong ones; columns set to «(không nhập)» are not imported. The choices are remembered for files with the same header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="590"/>
        <source>Import column %1 into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="613"/>
        <source>Reading and checking every line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="650"/>
        <source>%1 lines read: %2 to import, %3 probably already registered, %4 rejected, %5 skipped (totals, headings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="663"/>
        <source>Villages not in the commune&apos;s list yet (lines): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="671"/>
        <source>Select a line to read its reasons in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="674"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="693"/>
        <source>Add these villages to the commune&apos;s list?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="696"/>
        <source>Add villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="702"/>
        <source>Set up the commune first (Settings), then import the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="722"/>
        <source>Writing %1 children to the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="744"/>
        <source>The import was cancelled; nothing was written. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="750"/>
        <source>Children imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="754"/>
        <source>Their codes: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="758"/>
        <source>Lines left out, probably already registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="759"/>
        <source>Lines rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="760"/>
        <source>Lines skipped (totals, headings): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="779"/>
        <source>Save rejected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="781"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/import_children_dialog.py" line="793"/>
        <source>%1 lines saved in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="61"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="62"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="63"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="64"/>
        <source>Date of birth</source>
        <translation type="unfinished">Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="65"/>
        <source>Sex</source>
        <translation type="unfinished">Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="66"/>
        <source>Village</source>
        <translation type="unfinished">Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="67"/>
        <source>Groups</source>
        <translation type="unfinished">Nhóm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/models/import_preview_model.py" line="68"/>
        <source>Reason / to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="161"/>
        <source>Basic information</source>
        <translation>Thông tin cơ bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="163"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="164"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="165"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="166"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="167"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="168"/>
        <source>Ethnic group</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="169"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="170"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="171"/>
        <source>School and class</source>
        <translation>Trường, lớp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="172"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="173"/>
        <source>Health insurance card</source>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="180"/>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="182"/>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="183"/>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="184"/>
        <source>Current caregiver</source>
        <translation>Người chăm sóc hiện nay</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="190"/>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="192"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="193"/>
        <source>Status note</source>
        <translation>Ghi chú trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="194"/>
        <source>Registered on</source>
        <translation>Ngày lập hồ sơ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="195"/>
        <source>Reason (16 or older)</source>
        <translation>Lý do (từ đủ 16 tuổi)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="196"/>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="200"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="201"/>
        <source>Confidential notes</source>
        <translation>Ghi chú mật</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="241"/>
        <source>{0}  ({1} years old)</source>
        <translation>{0}  ({1} tuổi)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="243"/>
        <source>class {0}</source>
        <translation>lớp {0}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="250"/>
        <source>{0}, expired on {1}</source>
        <translation>{0}, hết hạn ngày {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="252"/>
        <source>{0}, valid until {1}</source>
        <translation>{0}, có giá trị đến {1}</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/child_page.py" line="259"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="49"/>
        <source>Child protection — commune_care</source>
        <translation>Quản lý trẻ em — commune_care</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="64"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="65"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="66"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="67"/>
        <source>Support &amp; intervention</source>
        <translation>Hỗ trợ can thiệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="68"/>
        <source>Mental health</source>
        <translation>Sức khỏe tâm thần</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="69"/>
        <source>Adoption</source>
        <translation>Nhận con nuôi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="70"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="81"/>
        <source>Sections</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="110"/>
        <source>&amp;Add child…</source>
        <translation>&amp;Thêm trẻ em…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="113"/>
        <source>&amp;Find a child</source>
        <translation>&amp;Tìm trẻ em</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="118"/>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="123"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="124"/>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="127"/>
        <source>&amp;About commune_care</source>
        <translation>&amp;Giới thiệu commune_care</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="261"/>
        <source>No commune</source>
        <translation>Chưa thiết lập xã</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="262"/>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="264"/>
        <source>Last USB backup: none yet</source>
        <translation>Sao lưu USB gần nhất: chưa có</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="277"/>
        <source>commune_care %1 — managing children and child protection in the commune.
Data file: %2
Log folder: %3</source>
        <translation>commune_care %1 — quản lý trẻ em và bảo vệ trẻ em cấp xã.
Tệp dữ liệu: %2
Thư mục nhật ký: %3</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/main_window.py" line="278"/>
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
        <location filename="../../src/commune_care/ui/pages/home_page.py" line="47"/>
        <source>Show these children in the list</source>
        <translation>Xem danh sách các trẻ này</translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="45"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="55"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="56"/>
        <source>Save the commune&apos;s details (Ctrl+S)</source>
        <translation>Lưu thông tin của xã (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="58"/>
        <source>Undo changes</source>
        <translation>Hoàn tác thay đổi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="59"/>
        <source>Show the details as they were last saved</source>
        <translation>Hiện lại thông tin như lần lưu gần nhất</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="73"/>
        <source>This copy of the program</source>
        <translation>Bản cài đặt này</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="81"/>
        <source>Database file in use</source>
        <translation>Tệp dữ liệu đang dùng</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="82"/>
        <source>Program version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="84"/>
        <source>Lists</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="86"/>
        <source>Service providers…</source>
        <translation>Nơi cung cấp dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="89"/>
        <source>The bodies and people services and referrals go to</source>
        <translation>Các cơ quan, tổ chức, cá nhân cung cấp dịch vụ và nhận chuyển gửi</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="137"/>
        <source>Not saved: correct what is shown in red. The saved details are unchanged.</source>
        <translation>Chưa lưu: hãy sửa các chỗ báo đỏ. Thông tin đã lưu trước đó không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="142"/>
        <source>Saved at {0}.</source>
        <translation>Đã lưu lúc {0}.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/settings_page.py" line="149"/>
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
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="61"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="62"/>
        <source>Overdue only</source>
        <translation>Chỉ việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="66"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="79"/>
        <source>What is due in every programme, soonest first: case steps with their legal time limits, placement follow-ups and adoption deadlines. Enter opens the record.</source>
        <translation>Việc đến hạn của mọi chương trình, việc gần hạn nhất ở trên: các bước của hồ sơ hỗ trợ, can thiệp theo thời hạn luật định, việc theo dõi trẻ được chăm sóc thay thế và các thời hạn nuôi con nuôi. Nhấn Enter để mở hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="115"/>
        <source>1 thing to do</source>
        <translation>1 việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="115"/>
        <source>{0} things to do</source>
        <translation>{0} việc cần làm</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="117"/>
        <source>, {0} overdue</source>
        <translation>, {0} việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="122"/>
        <source>Nothing matches the filters.</source>
        <translation>Không có việc nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../src/commune_care/ui/pages/todo_page.py" line="124"/>
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
    <name>combo</name>
    <message>
        <location filename="../../src/commune_care/ui/dialogs/providers_dialog.py" line="106"/>
        <source>{0} (no longer used)</source>
        <translation>{0} (ngừng sử dụng)</translation>
    </message>
</context>
</TS>
