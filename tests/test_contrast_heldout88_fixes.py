"""Copies found by contrast pairs held-out 88 (written blind, measured once with the grouper of 73fb643: 79/105 copies,
0/105 different; form letters 7/15). The texts are written anew here; each assertion on copies failed before, and each
assertion that keeps two texts apart holds before and after."""


def test_form_letters_whose_senders_name_themselves_first_and_tell_their_story(grouped):
    ask = "我家承包地被划入退耕范围，不能再种玉米。请求条例明确：退耕的按年给予承包农户补偿，补偿标准不低于当地玉米种植纯收益。"
    # a name first, then who they are; a contact line closing each
    assert grouped("邝某某，柳湾村二组村民，家里四口人，全靠这几亩地。" + ask + "联系电话：137****2231",
                   "符某某，柳湾村六组村民，老伴身体不好，地是我一个人种。" + ask + "联系电话：159****8804")
    # a driver named after the job, a line of their own story without 我
    ask2 = "建议办法明确堆放场应当设置司机休息区，不得让运输车辆在道路上排队等候卸货。"
    assert grouped("我是某某运输有限公司驾驶员熊某某，驾驶证尾号3318。开货车十年了。" + ask2,
                   "我是某某物流有限公司驾驶员窦某，驾驶证尾号7720。上周在堆放场门口等了三个小时。" + ask2)
    # growers of two towns asking for what concerns no place of theirs
    ask3 = "我们建议条例明确治理物资由政府统一采购，不要让种植户先垫钱后报销。"
    assert grouped("黎某某，东坝镇种植大户，流转耕地600亩。去年垫了五万多块钱。" + ask3,
                   "蒲某某，西坪镇种植大户，流转耕地300亩。我是返乡创业的。" + ask3)
    # the same stories before two different requests stay apart
    assert not grouped("我是某某运输有限公司驾驶员熊某某，驾驶证尾号3318。开货车十年了。" + ask2,
                       "我是某某物流有限公司驾驶员窦某，驾驶证尾号7720。上周在堆放场门口等了三个小时。"
                       "建议办法明确堆放场应当设置司机休息区，不得让运输车辆在道路上排队等候装货。")
    # a request about the writer's own village, from two villages, stays apart
    village = "建议把我们村的垃圾收集点从村口迁到村北的空地上，远离住户。"
    assert not grouped("邝某某，柳湾村二组村民，家里四口人。" + village, "符某某，石岭村六组村民，老伴身体不好。" + village)


def test_a_request_whose_first_clauses_end_the_senders_line(grouped):
    # …研二学生，建议条例增加一条： / …参加志愿巡河三年，建议条例增加一条：: the request's head at the end of who writes
    ask = "建议条例增加一条：重点监管单位名录和自行监测数据，应当在省生态环境厅网站集中公开，方便公众查询。"
    assert grouped("作为“清源”环保志愿者团队成员，温某某（188****0517）是某大学环境学院学生，" + ask,
                   "作为“清源”环保志愿者团队成员，费某某（139****6354）参加志愿巡河三年，" + ask)


def test_a_message_sent_again_by_another_way(grouped):
    base = "建议条例第三十条增加按日连续处罚的规定，适用于拒不执行管控措施的情形。（律师 钮立成）"
    assert grouped(base, base + "此条意见已于4月2日通过电子邮箱提交，现通过网站再提交一次。")
    assert not grouped(base, base + "此条意见已于4月2日通过电子邮箱提交，现补充一点：建议同时明确罚款上限。")


def test_an_ocr_dash_read_for_one(grouped):
    assert grouped("建议将农村自建房产生的建筑垃圾纳入管理范围，由乡镇统一组织清运，进一步明确费用分担。",
                   "建议将农村自建房产生的建筑垃圾纳入管理范围，由乡镇统—组织清运，进—步明确费用分担。")


def test_a_shared_story_that_holds_the_request_s_object_keeps_two_requests_apart(grouped):
    # Guards written while widening the story rule (each held before and after; a first version grouped them):
    # the differing words sit in a sentence before the shared request, and carry its object, side or place.
    tail = "请镇里在定方案之前征求一下周边居民的意见。最好能开个座谈会，把几种方案都摆出来让大家讨论。"
    story = "我是镇中心小区的居民。老市场那块地在镇中心，周边有学校和两个老小区。现在镇上停车难比较突出。"
    assert not grouped(story + "市场搬迁后，原址要建设公共停车场。" + tail, story + "市场搬迁后，原址不要建设公共停车场。" + tail)
    ask = "企业废水只能自行处理后外排，建议列入专栏4重点项目并给予资金支持。目前该集中区入驻企业27家。"
    assert not grouped("我镇东岗工业集中区污水管网建设滞后，" + ask, "我镇西塘工业集中区污水管网建设滞后，" + ask)
    reason = "理由：根据交通量预测，2035年断面交通量约为3.5万辆/日。同时该路段桥隧比约为55%，请结合投资能力综合比选。"
    assert not grouped("经研究，我厅认为某某高速公路宜按双向六车道标准建设。" + reason,
                       "经研究，我厅认为某某高速公路不宜按双向六车道标准建设。" + reason)
    room = "我们班教室在一楼靠近厨房，油烟味很大，孩子们经常咳嗽。请园方和教育局考虑给本班调换教室。"
    assert not grouped("我是幼儿园中一班的家长，" + room, "我是幼儿园中四班的家长，" + room)


def test_clauses_moved_from_the_story_never_make_a_short_request_long_enough(grouped):
    # A guard (tests/test_false_merge_probes.py caught a version that grouped these): 学校门口没有人行横道 after who
    # writes is shared, but the request itself (建议在学校门口施划斑马线。) is about the writer's own school.
    assert not grouped("本人系东关镇中心小学教师，学校门口没有人行横道。建议在学校门口施划斑马线。",
                       "本人系西关镇中心小学教师，学校门口没有人行横道。建议在学校门口施划斑马线。")
