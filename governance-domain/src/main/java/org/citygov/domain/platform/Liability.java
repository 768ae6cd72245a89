package org.citygov.domain.platform;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.shared.Messages;

/**
 * Who answers for what on the platform, derived from its design and its offers (panel: "Liability can depend on the
 * platform design. Data exchange platforms have slightly reduced liability for security risks, but if data is stored
 * in the platform, they are responsible for security of the stored data"; the platform should "avoid assuming
 * responsibility for the content of the data as much as possible").
 *
 * <table>
 * <caption>Security liability</caption>
 * <tr><th>when</th><th>security</th></tr>
 * <tr><td>design STORAGE or HYBRID, or any offer hosted on the platform</td><td>PLATFORM (for the data it holds)</td></tr>
 * <tr><td>otherwise (EXCHANGE, nothing hosted)</td><td>SHARED between the operator and the participants</td></tr>
 * </table>
 * <table>
 * <caption>Content liability</caption>
 * <tr><th>when</th><th>content</th></tr>
 * <tr><td>every offer carries the content warranties (LAWFULLY_OBTAINED, HOLDS_RIGHTS, NO_DEFAMATORY_CONTENT)</td>
 *     <td>PROVIDERS</td></tr>
 * <tr><td>some offer lacks them, none of those hosted on the platform</td><td>SHARED</td></tr>
 * <tr><td>the platform hosts an offer that lacks them</td><td>PLATFORM</td></tr>
 * </table>
 */
public record Liability(PlatformDesign design, Content content, Security security, String explanation) {

    public enum Content { PROVIDERS, SHARED, PLATFORM }

    public enum Security { PLATFORM, SHARED }

    public Liability {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The liability of {@code market}'s platform, by the tables above. */
    public static Liability of(DataMarket market) {
        PlatformDesign design = market.platform().design();
        List<Offer> offers = market.offers();
        long hosted = offers.stream().filter(Offer::hostedOnPlatform).count();
        long unwarranted = offers.stream().filter(o -> !o.missingContentWarranties().isEmpty()).count();
        long unwarrantedHosted = offers.stream()
                .filter(o -> o.hostedOnPlatform() && !o.missingContentWarranties().isEmpty()).count();
        Security security = design.storesData() || hosted > 0 ? Security.PLATFORM : Security.SHARED;
        Content content = unwarrantedHosted > 0 ? Content.PLATFORM
                : unwarranted > 0 ? Content.SHARED : Content.PROVIDERS;
        String designText = switch (design) {
            case EXCHANGE -> hosted == 0 ? Messages.text("liability.exchange")
                    : Messages.text("liability.exchangeHosting", hosted);
            case STORAGE -> Messages.text("liability.storage");
            case HYBRID -> Messages.text("liability.hybrid", hosted);
        };
        String contentText = switch (content) {
            case PROVIDERS -> Messages.text("liability.contentProviders");
            case SHARED -> Messages.text("liability.contentShared", unwarranted);
            case PLATFORM -> Messages.text("liability.contentPlatform", unwarrantedHosted);
        };
        // two sentences, each a message (a renderer translates them one by one: DomainTexts#sentences)
        String text = designText + " " + contentText;
        return new Liability(design, content, security, text);
    }
}
