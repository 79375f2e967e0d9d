using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.Tests.Api;

public sealed class ReportLinkSignerTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));

    private ReportLinkSigner Signer(string? key = null) => new(Options.Create(new ApiOptions { ReportLinkSigningKey = key ?? Key }), _time);

    [Fact]
    public void A_token_opens_its_plant_until_it_expires_and_not_a_second_longer()
    {
        var token = Signer().Create("dyeing-01", TimeSpan.FromHours(1));

        var fresh = Signer().Check(token.Token);
        _time.Advance(TimeSpan.FromMinutes(59));
        var late = Signer().Check(token.Token);
        _time.Advance(TimeSpan.FromMinutes(1));
        var expired = Signer().Check(token.Token);

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), token.Expires);
        Assert.True(fresh.IsValid);
        Assert.Equal("dyeing-01", fresh.Plant);
        Assert.True(late.IsValid);
        Assert.False(expired.IsValid);
        Assert.StartsWith("The report link expired at 2026-12-02T09:00:00", expired.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_park_token_has_no_plant()
    {
        var check = Signer().Check(Signer().Create(null, TimeSpan.FromHours(1)).Token);

        Assert.True(check.IsValid);
        Assert.Null(check.Plant);
    }

    [Theory]
    [InlineData("plant")]
    [InlineData("expiry")]
    [InlineData("signature")]
    [InlineData("key")]
    public void A_changed_token_is_refused_as_forged(string change)
    {
        var token = Signer().Create("dyeing-01", TimeSpan.FromHours(1)).Token;
        var parts = token.Split('.');
        var forged = change switch
        {
            "plant" => $"paper-01.{parts[1]}.{parts[2]}",
            "expiry" => $"{parts[0]}.{long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 86_400}.{parts[2]}",
            "signature" => $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}",
            _ => Signer(Convert.ToBase64String(new byte[32])).Create("dyeing-01", TimeSpan.FromHours(1)).Token,
        };

        var check = Signer().Check(forged);

        Assert.False(check.IsValid);
        Assert.Equal("The report link's signature is not valid.", check.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dyeing-01")]
    [InlineData("dyeing-01.soon.sig")]
    [InlineData("dyeing-01.99999999999999999999.sig")]
    [InlineData("a.1.b.c")]
    public void A_malformed_token_is_refused_without_an_exception(string token)
    {
        var check = Signer().Check(token);

        Assert.False(check.IsValid);
        Assert.Equal("The report link's token is malformed.", check.Reason);
    }
}
