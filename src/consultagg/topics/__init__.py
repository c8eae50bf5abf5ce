"""The topics stage: opinions → topics and subtopics, with key phrases and verbatim names."""

from consultagg.topics.clusterer import TopicClusterer
from consultagg.topics.hierarchy import match_topics, stable_order
from consultagg.topics.labels import ctfidf_keywords, topic_name
from consultagg.topics.names import SCATTERED, TopicName, describe_topics, name_topics, verbatim_name

__all__ = ["SCATTERED", "TopicClusterer", "TopicName", "ctfidf_keywords", "describe_topics", "match_topics",
           "name_topics", "stable_order", "topic_name", "verbatim_name"]
