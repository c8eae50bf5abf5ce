"""Failures letters set 36 showed (a blind set measured once at 24c5a87), each a general rule.

Release blockers among them: a platform export whose fields are written 【留言人】… 【回复内容】… was
read as one letter, so the office's replies became opinions and a company's post went to the public;
曾某处长回应：… and 我补充说明一下，… (answers and explanations) became opinions.
"""

from __future__ import annotations


def test_export_with_bracketed_field_labels(read_written):
    rec = ("【留言编号】YJ{n}\n【留言人】{who}\n【留言时间】2025-09-03 08:41:16\n【留言内容】\n{text}\n"
           "【回复状态】已回复\n【回复内容】感谢您的留言，您的意见我们将在条例修改中认真研究。\n"
           "----------------------------------------------------------------\n\n")
    text = ("沣水市人民政府门户网站 · 意见征集\n导出时间：2025-09-20 10:15:32\n"
            "================================================================\n\n"
            + rec.format(n=1, who="王**", text="建议条例规定市场地面必须做防滑处理。")
            + rec.format(n=2, who="匿名用户", text="支持出台这个条例！点赞！")
            + rec.format(n=3, who="沣水鲜达生鲜连锁有限公司", text="建议将社区生鲜店纳入条例的适用范围。"))
    rows = read_written("留言导出.txt", text)
    assert [c.text for c in rows] == ["建议条例规定市场地面必须做防滑处理。", "建议将社区生鲜店纳入条例的适用范围。"]
    assert [c.department for c in rows] == ["社会公众", "沣水鲜达生鲜连锁有限公司"]


def test_answers_and_explanations_at_a_meeting(read_written):
    text = ("会 议 记 录\n\n会议名称：条例征求意见座谈会\n主 持 人：汤某\n\n参会人员：\n"
            "  沣水市农贸市场行业协会                方国栋    秘书长\n"
            "  青崖区东门农贸市场场内经营户          冯长根    蔬菜摊主（经营户代表）\n"
            "  青崖区市场监管局                      许婷婷    副局长\n\n会议内容：\n\n"
            "方国栋：建议在总则中增加一条，明确行业协会应当加强行业自律。\n"
            "曾卫东处长回应：关于定义问题，起草组会后将进一步研究。\n"
            "冯长根（经营户代表）：条例里能不能规定，市场改造期间要给我们安排临时的过渡摊位。\n"
            "许婷婷：我补充说明一下，青崖区今年已经对东门市场改造做了过渡安排，具体情况会后我再跟冯师傅沟通。\n")
    rows = read_written("会议记录.txt", text)
    assert [c.department for c in rows] == ["沣水市农贸市场行业协会", "社会公众"]
