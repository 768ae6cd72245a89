package org.citygov.domain.platform;

/** Whether an offer may be listed: REFUSED on any BLOCKING finding, NEEDS_CHANGES on any WARNING (MARKET.md). */
public enum ListingStatus { LISTABLE, NEEDS_CHANGES, REFUSED }
