using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

/// <summary>How the service is reached from outside (README "Running in production").</summary>
public sealed class AppOptions : IValidatableObject
{
    public const string Section = "App";

    /// <summary>
    /// The address people and feed readers use, e.g. https://memo.chokchai.go.th: every absolute link is made from it,
    /// never from the request's Host header. Required outside Development.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Serve the OpenAPI document and Swagger UI (on in Development; off in Production unless set).</summary>
    public bool OpenApi { get; set; }

    public Uri? PublicBase => Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(PublicBaseUrl))
            yield break;
        // An origin only: a path prefix would need every page link rewritten, so the proxy must give the service a host of its own.
        if (PublicBase is not { Scheme: "https" or "http" } uri || uri.AbsolutePath != "/" || uri.Query.Length > 0
            || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            yield return new ValidationResult(
                $"App:PublicBaseUrl '{PublicBaseUrl}' must be an absolute http(s) origin such as https://memo.example.go.th (no path, query or user).",
                ["App:PublicBaseUrl"]);
    }
}
