using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Exchanges;

namespace ResourceMonitor.Domain.Tests.Exchanges;

/// <summary>Legal standing as data: which licences apply to an exchange, their status at a time, and whether it may be implemented.</summary>
public sealed class LegalPositionTests
{
    private const string Sludge = "03 03 11";
    private const string Pair = "paper-sludge--bricks-raw-material";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Offer SludgeOffer = new("paper-sludge", "paper-01", "sludge-stock", Resource.Waste,
        new MeterQuality(MaterialCode: Sludge), 5000, 5000, "24/7", LegalStanding.NeedsLicence);

    [Fact]
    public void An_exchange_the_catalog_says_needs_a_licence_is_not_clear_while_none_is_recorded()
    {
        var legal = LegalPosition.Of(SludgeOffer, Pair, [], Now);

        Assert.True(legal.NeedsLicence);
        Assert.False(legal.ClearToImplement);
        Assert.Contains("none is recorded", legal.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LicenceStatus.None, false)]
    [InlineData(LicenceStatus.Applied, false)]
    [InlineData(LicenceStatus.Expired, false)]
    [InlineData(LicenceStatus.Granted, true)]
    public void Only_a_granted_licence_for_its_waste_code_clears_it(LicenceStatus status, bool clear)
    {
        var legal = LegalPosition.Of(SludgeOffer, Pair, [Licence(LicenceScope.WasteCode, Sludge, status, expires: null)], Now);

        Assert.Equal(clear, legal.ClearToImplement);
        Assert.Equal(status, Assert.Single(legal.Licences).Status);
    }

    [Fact]
    public void A_granted_licence_past_its_expiry_is_expired_and_does_not_clear_it()
    {
        var licence = Licence(LicenceScope.WasteCode, Sludge, LicenceStatus.Granted, expires: Now.AddDays(30));

        Assert.True(LegalPosition.Of(SludgeOffer, Pair, [licence], Now.AddDays(29)).ClearToImplement);
        var after = LegalPosition.Of(SludgeOffer, Pair, [licence], Now.AddDays(30));
        Assert.False(after.ClearToImplement);
        Assert.Equal(LicenceStatus.Expired, Assert.Single(after.Licences).Status);
        Assert.Contains("is expired", after.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_licence_that_applies_must_be_granted_its_waste_codes_and_its_own()
    {
        var code = Licence(LicenceScope.WasteCode, Sludge, LicenceStatus.Granted, null);
        var own = Licence(LicenceScope.Exchange, Pair, LicenceStatus.Applied, null) with { Name = "transport permit" };

        var legal = LegalPosition.Of(SludgeOffer, Pair, [code, own], Now);

        Assert.False(legal.ClearToImplement);
        Assert.Equal(2, legal.Licences.Count);
        Assert.Contains("transport permit (exchange paper-sludge--bricks-raw-material) is applied", legal.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_permitted_exchange_needs_nothing_unless_a_licence_is_recorded_for_it_and_other_codes_do_not_apply()
    {
        var slag = SludgeOffer with { Id = "steel-slag", Quality = new MeterQuality(MaterialCode: "10 02 02"), LegalStanding = LegalStanding.Permitted };
        var sludgeLicence = Licence(LicenceScope.WasteCode, Sludge, LicenceStatus.None, null);

        Assert.True(LegalPosition.Of(slag, "steel-slag--bricks-raw-material", [sludgeLicence], Now) is { NeedsLicence: false, ClearToImplement: true, Licences.Count: 0 });
        var recorded = Licence(LicenceScope.Exchange, "steel-slag--bricks-raw-material", LicenceStatus.Applied, null);
        Assert.True(LegalPosition.Of(slag, "steel-slag--bricks-raw-material", [recorded], Now) is { NeedsLicence: true, ClearToImplement: false });
    }

    private static Licence Licence(LicenceScope scope, string subject, LicenceStatus status, DateTimeOffset? expires) =>
        new(scope, subject, "hazardous waste treatment licence", status, expires, "QD-123", "park-operator", Now.AddDays(-1));
}
