using ResourceMonitor.Domain.Exchanges;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>Checks a licence request against the catalog and turns it into a <see cref="Licence"/>.</summary>
internal static class LicenceRequestCheck
{
    private const int MaxText = 200;

    /// <summary>Why the request cannot be recorded, naming the field and the fix; null when it can.</summary>
    public static string? WhyNot(LicenceRequest request, ExchangeRegister register) =>
        (request.WasteCode is null) == (request.Exchange is null) ? "Give exactly one of \"wasteCode\" (every exchange of that material) and \"exchange\" (one opportunity id)."
        : request.WasteCode is { } code && !register.MaterialCodes.Contains(code) ? $"\"wasteCode\": no offer of the catalog has the material code '{code}'; use one of {string.Join(", ", register.MaterialCodes.Order(StringComparer.Ordinal))}."
        : request.Exchange is { } id && !register.IsPair(id) ? $"\"exchange\": '{id}' is not an opportunity of the catalog (ids are {{offer}}--{{need}})."
        : string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxText ? $"\"name\": name the licence or permit (1-{MaxText} characters)."
        : request.Reference is { Length: > MaxText } ? $"\"reference\": at most {MaxText} characters."
        : !KebabEnum.TryParse<LicenceStatus>(request.Status, out _) ? "\"status\": one of none, applied, granted, expired."
        : null;

    /// <summary>The licence of a checked request.</summary>
    public static Licence ToLicence(LicenceRequest request, string recordedBy, DateTimeOffset at)
    {
        var status = KebabEnum.TryParse<LicenceStatus>(request.Status, out var parsed) ? parsed : throw new ArgumentException("check the request first", nameof(request));
        return request.WasteCode is { } code
            ? new Licence(LicenceScope.WasteCode, code, request.Name!.Trim(), status, request.Expires, request.Reference, recordedBy, at)
            : new Licence(LicenceScope.Exchange, request.Exchange!, request.Name!.Trim(), status, request.Expires, request.Reference, recordedBy, at);
    }
}
