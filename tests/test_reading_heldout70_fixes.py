"""Release blockers found by letters set 70 (tests/data/letters_heldout70), each with texts written
anew for the test: they failed before the fix."""


def test_a_hotline_export_typed_in_a_column_named_分类_with_a_total_row(read_sheet):
    # False and unattributed before (set 69's fixes read 类型 columns only): a 咨询 ticket, a 催办
    # ticket and the 合计 row were opinions, and an association posting under 诉求人 was the public.
    rows = read_sheet("工单明细.xlsx", [
        ["序号", "诉求人", "诉求人类型", "诉求内容", "诉求分类"],
        ["1", "何先生", "个人", "建议景区和博物馆设置老年人无障碍设施。", "意见建议"],
        ["2", "邓先生", "个人", "来电人咨询规划征求意见稿在哪里可以查看全文。已告知来电人。", "咨询"],
        ["3", "何先生", "个人", "来电人称4月13日反映的建议尚未收到答复，要求尽快回复。", "催办"],
        ["4", "某市摄影家协会", "社会组织", "建议规划支持举办国际摄影节。", "意见建议"],
        ["合计", "", "", "共4件（其中意见建议2件，咨询1件，催办1件）", ""]])
    assert [(c.department, c.text) for c in rows] == [
        (None, "建议景区和博物馆设置老年人无障碍设施。"), ("某市摄影家协会", "建议规划支持举办国际摄影节。")]
    assert len([n for n in rows.notes if "未列入意见表" in n]) == 3
