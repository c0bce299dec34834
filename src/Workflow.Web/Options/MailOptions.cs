using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

public enum MailSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>E-mail of notifications over SMTP (README "Notifications"); off by default, checked at start-up when on.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    public bool Enabled { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string? From { get; set; }

    /// <summary>The first retry after an SMTP failure; each further one waits twice as long, up to an hour.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sender looks for due mail when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
            yield break;
        if (string.IsNullOrWhiteSpace(Host) || Uri.CheckHostName(Host) == UriHostNameType.Unknown)
            yield return new ValidationResult($"Mail:Host '{Host}' is not a valid host name; it is required when Mail:Enabled is true.", ["Mail:Host"]);
        if (Port is < 1 or > 65535)
            yield return new ValidationResult($"Mail:Port {Port} is out of range.", ["Mail:Port"]);
        if (string.IsNullOrWhiteSpace(From) || !MimeKit.MailboxAddress.TryParse(From, out _))
            yield return new ValidationResult($"Mail:From '{From}' is not an e-mail address; it is required when Mail:Enabled is true.", ["Mail:From"]);
        if (!string.IsNullOrEmpty(User) && string.IsNullOrEmpty(Password))
            yield return new ValidationResult("Mail:Password is required when Mail:User is set.", ["Mail:Password"]);
        if (RetryAfter <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero)
            yield return new ValidationResult("Mail:RetryAfter and Mail:PollInterval must be positive.", ["Mail:RetryAfter"]);
    }
}
