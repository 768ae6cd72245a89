package org.citygov.domain.data;

/** How the people concerned are told about a flow (notification and publicization, 5.4 (2)). */
public enum NoticeChannel { POSTER, WEBSITE, BRIEFING, INDIVIDUAL }
