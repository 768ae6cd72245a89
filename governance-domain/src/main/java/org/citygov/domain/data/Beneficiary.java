package org.citygov.domain.data;

/** Who a flow's purpose serves: the data subjects themselves, the community, or the operator. */
public enum Beneficiary { DATA_SUBJECT, COMMUNITY, OPERATOR }
