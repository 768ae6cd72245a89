package org.citygov.application.port.in;

import java.util.List;

import org.citygov.domain.shared.Result;

/** Lists and revokes the API tokens issued so far. */
public interface ManageTokens {

    /** Every token ever issued, active and revoked, by name then creation time. */
    List<TokenInfo> list();

    /** Revokes the active token of that name; NOT_FOUND when there is none. */
    Result<TokenInfo> revoke(String name);
}
