package org.citygov.domain.platform;

/** What a participant does on the platform: offers data, uses data, or runs the platform. */
public enum ParticipantRole { PROVIDER, USER, OPERATOR }
