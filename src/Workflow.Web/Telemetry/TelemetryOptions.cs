using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Telemetry;

public enum OtlpTransport
{
    Grpc,
    HttpProtobuf,
}

/// <summary>Metrics and traces (ADR 32): the Prometheus scrape endpoint, the OTLP exporter and the instance's name.</summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>Serves /metrics for Prometheus (anonymous in Development; an administrator or the scrape token elsewhere).</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>A scraper sending it as "Authorization: Bearer …" reads /metrics outside Development; never logged.</summary>
    public string? ScrapeToken { get; set; }

    /// <summary>An OpenTelemetry collector (absolute http or https URL); when set, metrics and traces go there by OTLP.</summary>
    public string? OtlpEndpoint { get; set; }

    public OtlpTransport OtlpProtocol { get; set; } = OtlpTransport.Grpc;

    /// <summary>service.instance.id on every metric and span: which of several instances measured it.</summary>
    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    public string ServiceName { get; set; } = "workflow-web";

    public Uri? Otlp => Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(OtlpEndpoint) && Otlp is null)
            yield return new ValidationResult("Telemetry:OtlpEndpoint must be an absolute http or https URL, e.g. http://collector:4317.",
                ["Telemetry:OtlpEndpoint"]);
        // Only the setting's name and the rule go into the message: never the token.
        if (ScrapeToken is { Length: < 32 })
            yield return new ValidationResult("Telemetry:ScrapeToken must be at least 32 characters long.", ["Telemetry:ScrapeToken"]);
        if (!IsName(InstanceId))
            yield return new ValidationResult("Telemetry:InstanceId must be 1 to 128 visible characters without spaces.", ["Telemetry:InstanceId"]);
        if (!IsName(ServiceName))
            yield return new ValidationResult("Telemetry:ServiceName must be 1 to 128 visible characters without spaces.", ["Telemetry:ServiceName"]);
    }

    private static bool IsName(string? value) =>
        value is { Length: > 0 and <= 128 } && value.All(c => c > ' ' && c < 0x7f);
}
