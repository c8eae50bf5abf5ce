"""Copies found by contrast pairs held-out 79 (written blind, measured once with the grouper of 354f72d: 89/105
copies per pair). The texts are written anew here; each assertion on copies failed before."""


def test_a_decimal_written_with_a_trailing_zero(grouped):
    assert grouped("建议出厂水总氯不低于0.5毫克每升。", "建议出厂水总氯不低于0.50 毫克每升。")
    assert not grouped("建议出厂水总氯不低于0.5毫克每升。", "建议出厂水总氯不低于0.05毫克每升。")
    # (an OCR's O for the zero, then the trailing zero)
    assert grouped("建议将灌溉水有效利用系数目标值由0.60调整为0.56。", "建议将灌溉水有效利用系数目标值由O.60调整为0.56。")


def test_a_scans_sa_for_che(grouped):
    # 撒 for 撤 (an OCR's shape), as the confusables table now holds them
    assert grouped("对擅自改变草原用途的，建议依法撤销其审批文件。", "对擅自改变草原用途的，建议依法撒销其审批文件。")

