package org.citygov.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.citygov.application.port.in.IssueToken;
import org.citygov.application.port.out.ApiTokens;
import org.citygov.application.port.out.ApiTokens.StoredToken;
import org.citygov.domain.access.Role;
import org.citygov.domain.shared.Result;

class TokenServiceTest {

    private final ApiTokens store = mock(ApiTokens.class);
    private final TokenService service = new TokenService(store, () -> Instant.parse("2026-01-05T09:00:00Z"));

    @Test
    void issue_whenNameIsValid_shouldStoreTheHashAndNotTheToken() {
        when(store.add(any())).thenAnswer(call -> Result.success(call.getArgument(0)));

        IssueToken.IssuedToken issued = service.issue(new IssueToken.Command("analyst", Role.ANALYST)).orElseThrow();

        ArgumentCaptor<StoredToken> stored = ArgumentCaptor.forClass(StoredToken.class);
        verify(store).add(stored.capture());
        assertEquals(TokenService.sha256(issued.token()), stored.getValue().sha256());
        assertNotEquals(issued.token(), stored.getValue().sha256());
        assertEquals(64, stored.getValue().sha256().length());
        assertTrue(issued.token().length() >= 4 + 43, "256 bits in base64url");
    }

    @Test
    void issue_whenNameIsNotKebabCase_shouldRefuseAndStoreNothing() {
        Result<IssueToken.IssuedToken> result = service.issue(new IssueToken.Command("Bad Name", Role.ADMIN));

        assertEquals(Result.Reason.INVALID, ((Result.Failure<IssueToken.IssuedToken>) result).reason());
        verify(store, never()).add(any());
    }

    @Test
    void authenticate_whenTokenIsRevoked_shouldFindNobody() {
        String token = "cgv_abc";
        when(store.findByHash(TokenService.sha256(token))).thenReturn(Optional.of(new StoredToken("analyst",
                Role.ANALYST, TokenService.sha256(token), Instant.EPOCH, Optional.of(Instant.EPOCH))));

        assertTrue(service.authenticate(token).isEmpty());
    }

    @Test
    void authenticate_whenTokenIsActive_shouldNameItsHolderAndRole() {
        String token = "cgv_abc";
        when(store.findByHash(TokenService.sha256(token))).thenReturn(Optional.of(new StoredToken("analyst",
                Role.ANALYST, TokenService.sha256(token), Instant.EPOCH, Optional.empty())));

        assertEquals(Role.ANALYST, service.authenticate(token).orElseThrow().role());
    }
}
