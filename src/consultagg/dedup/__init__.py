"""The dedup stage: exact and near duplicates, form-letter campaigns (MinHash, LSH, verification)."""

from consultagg.dedup.grouper import GroupInfo, NearDuplicateGrouper, lsh_params, matching_key, shingles

__all__ = ["GroupInfo", "NearDuplicateGrouper", "lsh_params", "matching_key", "shingles"]
