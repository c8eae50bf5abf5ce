"""Release blocker found by contrast pairs held-out 85 (written blind late in the session, measured once with the
grouper of 2f055ce: 1/105 different requests grouped). The texts are written anew here; the assertion failed before."""


def test_two_things_exchanged_beside_a_word_of_order(grouped):
    # 优先适用《某法》，本办法作补充 / 优先适用本办法，《某法》作补充 were read as two items of a list in another order
    # (A，B / B，A), though the words beside them make the order the request
    assert not grouped("建议第四十条明确：同时违反本办法和《中华人民共和国城乡规划法》的，优先适用《城乡规划法》，本办法作补充。",
                       "建议第四十条明确：同时违反本办法和《中华人民共和国城乡规划法》的，优先适用本办法，《城乡规划法》作补充。")
    # a list in another order with no such word beside it is still one request
    assert grouped("建议加强对雨水管网的巡查和清淤。", "建议加强对雨水管网的清淤和巡查。")
