"""A saved e-mail (``.eml``) as the text of a letter: its headers as an office's mail client shows
them (发件人：…, 主题：…), then its body.

Offices save the replies that reach them by mail; the letter reader then finds the unit in the
sender's line or the signature and the opinions in the body, as for a mail pasted into a ``.txt``.
The body's plain-text part is preferred; an HTML-only mail is read without its tags. Attachments
are named (附件：…), not opened: save a Word or Excel attachment beside the mail to read it too.

Examples
--------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "回复.eml"
>>> _ = p.write_bytes("From: =?utf-8?b?5p+Q5Y6F5Yqe5YWs5a6k?= <a@example.cn>\\nSubject: Re\\n"
...                   "Content-Type: text/plain; charset=utf-8\\n\\n建议增加监测站。\\n".encode())
>>> eml_text(p, "回复.eml").splitlines()
['发件人：某厅办公室 <a@example.cn>', '主题：Re', '', '建议增加监测站。']
"""

from __future__ import annotations

import email
import email.policy
import html
import re
from pathlib import Path

from consultagg.io.unreadable import UnreadableFileError

__all__ = ["eml_text"]

_HEADERS = (("From", "发件人"), ("Date", "发送时间"), ("To", "收件人"), ("Cc", "抄送"), ("Subject", "主题"))
_TAG = re.compile(r"<(?:br|/p|/div|/tr|/li)[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)[^>]*>.*?</\1>", re.I | re.S)


def eml_text(p: Path, name: str) -> str:
    """The headers and the body of the mail saved at ``p`` as one text (see the module)."""
    try:
        msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
    except Exception as exc:  # a damaged file: say which
        why = "无法读取邮件文件，文件可能已损坏；请在邮件客户端中重新另存为 .eml 或将正文复制为 .txt 再分析"
        raise UnreadableFileError(f"{name}：{why}。 Cannot read the mail {name}: {exc}", why) from exc
    lines = []
    for key, label in _HEADERS:
        try:
            value = msg.get(key)
        except Exception:  # (a header the parser refuses: its raw value)
            value = dict(msg.raw_items()).get(key)
        if value:
            lines.append(f"{label}：{' '.join(str(value).split())}")
    body = _body(msg)
    if body is None or not body.strip():
        why = "邮件中没有正文文字；意见如在附件中，请把附件保存到来函文件夹中再分析"
        raise UnreadableFileError(f"{name}：{why}。 The mail {name} has no text body.", why)
    attached = [part.get_filename() for part in msg.iter_attachments() if part.get_filename()] \
        if msg.is_multipart() else []
    if attached:
        lines.append("附件：" + "、".join(attached))
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def _body(msg) -> str | None:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return None
    try:
        text = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or wrong charset: the bytes as GB18030, then UTF-8
        raw = part.get_payload(decode=True) or b""
        text = next((raw.decode(c) for c in ("gb18030", "utf-8") if _decodes(raw, c)), raw.decode("utf-8", "replace"))
    if part.get_content_subtype() == "html":
        text = html.unescape(_ANY_TAG.sub("", _TAG.sub("\n", _SCRIPT.sub("", text))))
    return text.replace("\r\n", "\n")


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
    except UnicodeDecodeError:
        return False
    return True
