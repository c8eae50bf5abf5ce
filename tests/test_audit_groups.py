"""Different requests an outside test of duplicates and campaigns found grouped or answered alike (session 30).
Each test failed before its fix (the texts are the tester's, which reproduce the fault; texts written anew that
take another path are kept beside them)."""

from __future__ import annotations

import pytest

from consultagg import NearDuplicateGrouper

_DEL = "建议删除规划第四章第二节中“在城区新建垃圾焚烧发电厂”的内容，改为在远离居民区的地方选址，保障周边居民健康。"
_KEEP = "建议保留规划第四章第二节中“在城区新建垃圾焚烧发电厂”的内容，不要改为在远离居民区的地方选址，保障周边居民健康。"
_SIGNERS = ["我是良田镇和顺村的村民，" + _DEL, "我家住在南薰苑小区，是一名农民，" + _DEL, "作为一名护士，我每天都经过湖边，" + _DEL,
            "我家住在中海国际小区，是一名护士，" + _DEL, "我家住在金凤花园小区，是一名护士，" + _KEEP]


def test_members_a_campaign_turns_out_are_not_grouped_together_when_they_ask_for_opposite_things():
    # Answered alike before: five letters made a campaign; the one asking to keep the clause and one asking to
    # delete it (taken out for the writer's job) were regrouped together by the campaign's looser judge, and a
    # group decision answered both 采纳.
    g = NearDuplicateGrouper().fit(_SIGNERS)
    labels = g.labels_.tolist()
    assert labels[4] not in labels[:4], labels
    assert g.explain(3, 4).endswith("方向相反：删除 / 保留")


def test_the_writers_job_in_who_writes_is_not_the_requests_object():
    # False before: 对象不同：护士 / 农民 took a signer of the same letter out of its campaign, naming jobs.
    g = NearDuplicateGrouper().fit(_SIGNERS)
    assert len(set(g.labels_[:4].tolist())) == 1, g.explain(0, 1)


@pytest.mark.parametrize("texts", [
    ["建议把盐池县的扬尘整治列入重点工程。", "建议把中宁县的噪声整治列入重点工程。", "建议把西吉县的噪声整治列入重点工程。",
     "建议把永宁县的噪声整治列入重点工程。", "建议把盐池县的噪声整治列入重点工程。"],
    ["建议把西夏区的散煤燃烧整治列入重点工程。", "建议把西夏区的油烟整治列入重点工程。", "建议把金凤区的散煤燃烧整治列入重点工程。",
     "建议把同心县的散煤燃烧整治列入重点工程。", "建议把大武口区的散煤燃烧整治列入重点工程。"],
    ["建议尽快解决海原县的畜禽养殖污染问题。", "建议尽快解决永宁县的畜禽养殖污染问题。", "建议尽快解决利通区的畜禽养殖污染问题。",
     "建议尽快解决惠农区的畜禽养殖污染问题。", "建议尽快解决原州区的畜禽养殖污染问题。"]])
def test_a_campaigns_request_naming_another_county_or_pollutant_is_another_request(texts):
    # Answered alike before: five one-line requests made a campaign whose judge let another county (海原县 /
    # 原州区, aligned around their shared 原; 盐池县, 盐池 being a word too) or another pollutant (散煤燃烧 / 油烟)
    # pass as a signer's own wording.
    labels = NearDuplicateGrouper().fit(texts).labels_.tolist()
    assert len(set(labels)) == 5, labels


@pytest.mark.parametrize("places", [
    (("沙坡头区", "黑臭水体"), ("惠农区", "黑臭水体"), ("兴庆区", "黑臭水体"), ("惠农区", "噪声"), ("金凤区", "黑臭水体")),
    (("青山区", "黑臭水体"), ("石桥区", "黑臭水体"), ("柳林区", "黑臭水体"), ("石桥区", "噪声"), ("东湖区", "黑臭水体"))])
def test_short_requests_for_other_places_and_matters_are_not_grouped_after_a_campaign_splits(places):
    # Answered alike before: four districts' 黑臭水体 and one district's 噪声; the two left over from the campaign's
    # check (沙坡头区 黑臭水体, 惠农区 噪声) were regrouped together though they differ in district and matter.
    labels = NearDuplicateGrouper().fit([f"建议把{p}的{w}整治列入重点工程。" for p, w in places]).labels_.tolist()
    assert len(set(labels)) == 5, labels


def test_the_same_texts_in_another_order_give_the_same_groups():
    # Order-dependent before: the same 576 rows sorted five ways gave 414–423 different opinions in the summary.
    import random
    ask = "请将月牙湖湿地划入生态保护红线，停止一切开发建设活动，并恢复已被侵占的湿地面积。"
    texts = ["作为一名出租车司机，我每天都经过湖边，这几年湖边盖了不少房子，水鸟明显少了。" + ask + "签名：姚志强",
             "本人在崇岗镇长胜村生活了32年，前两年湖边的芦苇被推平了一大片，很心疼。" + ask + "签名：江平",
             "本人在洪广镇欣荣村生活了26年，这几年湖边盖了不少房子，水鸟明显少了。" + ask + "签名：刘芳",
             "作为一名大学生，我每天都经过湖边，我们全家都很关心这件事。" + ask + "签名：韩雨轩",
             "我是月牙湖乡塘南村的村民，我们全家都很关心这件事。" + ask + "签名：田秀兰"] + _SIGNERS \
        + [f"建议把{p}的{w}整治列入重点工程。" for p in ("青山区", "石桥区", "柳林区") for w in ("黑臭水体", "噪声")]

    def partition(g, xs):
        return sorted(sorted(xs[m] for m in grp.members) for grp in g.groups_)

    first = NearDuplicateGrouper().fit(texts)
    for seed in range(8):
        shuffled = texts[:]
        random.Random(seed).shuffle(shuffled)
        g = NearDuplicateGrouper().fit(shuffled)
        assert partition(g, shuffled) == partition(first, texts)
        assert g.labels_[0] == 0 and all(g.labels_[m] == grp.id for grp in g.groups_ for m in grp.members)


def test_a_signer_adding_a_short_request_of_their_own_is_flagged():
    # Answered with the campaign before: a signer's 另外建议… under the 200-character bar was not flagged, and a
    # group decision answered it with the campaign.
    template = ("我是河川市的一名普通市民，看到规划征求意见稿后非常关心清水湖。请将清水湖湿地划入生态保护红线，"
                "停止一切开发建设活动，并恢复已被侵占的湿地面积。")
    texts = [template + f"签名：市民{i}" for i in range(6)]
    texts.append(template + "另外建议在环湖路沿线安装路灯，并设置安全护栏。签名：市民6")
    g = NearDuplicateGrouper().fit(texts)
    campaign = g.groups_[g.labels_[0]]
    assert campaign.kind == "campaign" and 6 in campaign.members
    own = dict(zip(campaign.members, campaign.own_opinion))
    assert own[6] and not any(own[m] for m in range(6)), own


_INTROS = ["我是良田镇和顺村的村民，", "我家住在南薰苑小区，是一名农民，", "作为一名护士，我每天都经过湖边，",
           "本人在大新镇燕鸽村生活了33年，", "我家住在宝湖湾小区，是一名厨师，"]


@pytest.mark.parametrize("a,b", [
    ("建议把对秸秆还田的补贴提高200元每亩，调动农民积极性。", "建议把对秸秆还田的补贴提高到200元每亩，调动农民积极性。"),
    ("建议将沙湖景区的管理由市文旅局调整为市自然资源局。", "建议将沙湖景区的管理由市自然资源局调整为市文旅局。"),
    ("建议对辖区内钢铁企业实施错峰生产，重污染天气时一律停产。", "建议对辖区内化工企业实施错峰生产，重污染天气时一律停产。"),
    ("建议规划明确煤化工行业的碳排放总量控制目标，并建立碳排放台账。", "建议规划明确电解铝行业的碳排放总量控制目标，并建立碳排放台账。"),
    ("建议规划增加流浪猫的收容救助内容，在每个区建一个收容站。", "建议规划增加流浪狗的收容救助内容，在每个区建一个收容站。")])
def test_a_signer_asking_another_thing_after_saying_who_they_are_leaves_the_campaign(a, b):
    # Answered alike before: four signers sent a, one sent b, each after a clause of who they are in the same
    # sentence; the campaign's judge compared the whole sentences, whose differing openings hid the request's.
    for x, y in ((a, b), (b, a)):
        labels = NearDuplicateGrouper().fit([_INTROS[i] + x for i in range(4)] + [_INTROS[4] + y]).labels_.tolist()
        assert labels[4] not in labels[:4], (x, y, labels)


@pytest.mark.parametrize("a,b", [
    ("草案对未清理犬只粪便的行为规定的处罚偏轻，建议加重。", "草案对未清理犬只粪便的行为规定的处罚偏重，建议减轻。"),
    ("体育馆羽毛球场，建议上午对老年人免费开放，下午对中小学生免费开放。", "体育馆羽毛球场，建议上午对中小学生免费开放，下午对老年人免费开放。"),
    ("第九条第二款规定的街道办事处职责中，建议增加“组织开展垃圾分类培训”。", "第十九条第二款规定的街道办事处职责中，建议增加“组织开展垃圾分类培训”。")])
def test_in_a_form_letter_the_other_way_round_or_another_article_is_another_request(a, b):
    # Answered alike before (the form-letter mode of benchmarks/contrast_pairs.py): a direction turned (加重 / 减轻),
    # two things exchanged inside the clauses, or another article behind a second clause of who writes
    # (作为一名退休职工，我很关心这件事，…) passed the campaign's check.
    intros = ["作为一名退休职工，我很关心这件事，", "我是双桥乡南沟村的村民，", "本人在石岗镇前进村生活了27年，",
              "我家住在滨江小区，是一名厨师，", "我是一名在校大学生，"]
    for x, y in ((a, b), (b, a)):
        labels = NearDuplicateGrouper().fit([intros[i] + x for i in range(4)] + [intros[4] + y]).labels_.tolist()
        assert labels[4] not in labels[:4], (x, y, labels)


def test_a_campaigns_common_template_is_what_its_signers_share():
    # False before: 共同模板 showed one signer's whole letter, their village, name and telephone included.
    ask = "建议在河滨公园增设夜间照明设施，保障市民夜间出行安全。"
    people = [("东村", "王某"), ("西村", "李某"), ("南村", "赵某"), ("北村", "钱某"), ("中村", "孙某"), ("上村", "周某")]
    texts = [f"我是{v}村民，{ask}联系人：{n}，电话139****{i:04d}" for i, (v, n) in enumerate(people)]
    g = NearDuplicateGrouper().fit(texts)
    assert g.kinds_ == ["campaign"] and g.groups_[0].template == ask
