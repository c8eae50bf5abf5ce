"""Saved e-mails (.eml) are read as letters: the sender's line, the subject and the body (set 49
showed two refused; an office saves the replies that reach it by mail)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

import consultagg as ca
from consultagg.errors import ConsultaggInputError


def _mail(tmp_path, body: str, *, html: bool = False, sender: str = "某县农商银行普惠金融部 <phjr@example.cn>"):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "县乡村振兴局规划股 <ghg@example.cn>"
    msg["Subject"] = "回复：关于征求《某县乡村振兴规划（征求意见稿）》意见的函"
    msg["Date"] = "Tue, 22 Jun 2021 16:05:00 +0800"
    if html:
        msg.set_content("<html><body>" + body.replace("\n", "<br>") + "</body></html>", subtype="html")
    else:
        msg.set_content(body)
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="盖章扫描件.pdf")
    path = tmp_path / "回复.eml"
    path.write_bytes(bytes(msg))
    return path


_BODY = ("县乡村振兴局规划股：\n    我行对规划提出以下意见：\n    1.建议规划中明确建立县级农村信用体系。\n"
         "    2.建议县财政设立乡村振兴贷款风险补偿基金。\n    以上意见供参考。\n\n某县农村商业银行股份有限公司\n2021年6月22日\n")


@pytest.mark.parametrize("html", [False, True])
def test_a_saved_mail_is_read_as_a_letter(tmp_path, html):
    rows = ca.read_comments(_mail(tmp_path, _BODY, html=html))
    assert [r.text for r in rows] == ["建议规划中明确建立县级农村信用体系。", "建议县财政设立乡村振兴贷款风险补偿基金。"]
    assert {r.department for r in rows} == {"某县农村商业银行股份有限公司"}


def test_a_saved_mail_in_a_folder_is_read_not_skipped(tmp_path):
    _mail(tmp_path, _BODY)
    (tmp_path / "意见.txt").write_text("县交通运输局意见\n\n建议将某路纳入规划。\n", encoding="utf-8")
    rows = ca.read_comments(tmp_path)
    assert len(rows) == 3 and not rows.unread_files


def test_a_damaged_mail_names_the_file(tmp_path):
    path = tmp_path / "坏.eml"
    path.write_bytes(b"From: a@b\nContent-Type: multipart/mixed; boundary=x\n\n--x\n")
    with pytest.raises(ConsultaggInputError, match="坏.eml"):
        ca.read_comments(path)
