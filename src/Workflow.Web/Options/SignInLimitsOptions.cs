using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

/// <summary>Limits on password checks (sign-in and password change): rate per client address, overall rate, back-off (ADR 9).</summary>
public sealed class SignInLimitsOptions
{
    public const string Section = "SignIn";

    /// <summary>Password attempts one client address may make per <see cref="PerAddressWindow"/>.</summary>
    [Range(1, 1_000_000)]
    public int PerAddressPermits { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PerAddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Password attempts the whole service takes per <see cref="GlobalWindow"/>: bounds the hashing work.</summary>
    [Range(1, 1_000_000)]
    public int GlobalPermits { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan GlobalWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failures of one account from one address before each further failure makes the pair wait.</summary>
    [Range(0, 1000)]
    public int FreeFailures { get; set; } = 3;

    /// <summary>The wait after the first failure beyond the free ones; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);
}
