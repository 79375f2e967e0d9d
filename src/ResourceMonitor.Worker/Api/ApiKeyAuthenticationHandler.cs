using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// Authenticates a key sent as <c>X-Api-Key</c> or <c>Authorization: Bearer</c> against the configured hashes, and on
/// endpoints marked <see cref="AcceptsReportLink"/> a signed report link token. Refusals are ProblemDetails with the reason.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiOptions> apiOptions,
    ReportLinkSigner links,
    IProblemDetailsService problems)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(schemeOptions, logger, encoder)
{
    private const string HeaderName = "X-Api-Key";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is { } presented)
        {
            return Task.FromResult(ByKey(presented));
        }

        if (AcceptsLinks && Request.Query[AcceptsReportLink.QueryName].ToString() is { Length: > 0 } token)
        {
            return Task.FromResult(ByLink(token));
        }

        return Task.FromResult(AuthenticateResult.NoResult());
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var detail = result.Failure?.Message ?? (AcceptsLinks
            ? "An API key (header X-Api-Key or Authorization: Bearer) or a signed report link (?token=) is required."
            : "An API key is required: header X-Api-Key or Authorization: Bearer.");
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var detail = ApiCaller.Of(Context.User) switch
        {
            { IsProgramme: true } => "A programme key sees the programme's aggregate figures only (/api/v1/programme/...), no plant or park data.",
            { Plant: { } plant } => $"This key sees plant '{plant}' only.",
            _ when Context.Request.Path.StartsWithSegments("/api/v1/programme", StringComparison.Ordinal) => "This endpoint needs a programme or admin key.",
            _ => "This endpoint needs an admin key.",
        };
        return WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", detail);
    }

    private bool AcceptsLinks => Context.GetEndpoint()?.Metadata.GetMetadata<AcceptsReportLink>() is not null;

    private AuthenticateResult ByKey(string presented)
    {
        var keys = apiOptions.CurrentValue.Keys;
        ApiKey? match = null;
        var index = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            // Every key is compared, so the time taken does not tell which one matched.
            if (ApiKeyHash.Matches(Convert.FromHexString(keys[i].Hash), presented) && match is null)
            {
                match = keys[i];
                index = i;
            }
        }

        return match is null
            ? AuthenticateResult.Fail("The API key is not valid.")
            : Success(ApiClaims.Principal(Scheme.Name, match.Name ?? $"key-{index}", match.EffectiveScope, match.Plant, park: match.Park));
    }

    private AuthenticateResult ByLink(string token)
    {
        var check = links.Check(token);
        if (!check.IsValid)
        {
            return AuthenticateResult.Fail(check.Reason!);
        }

        var scope = check.Plant is null ? ApiScope.Park : ApiScope.Plant;
        return Success(ApiClaims.Principal(Scheme.Name, $"report-link:{check.Plant ?? "park"}", scope, check.Plant, viaReportLink: true));
    }

    private AuthenticateResult Success(System.Security.Claims.ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrEmpty(header))
        {
            return header.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
