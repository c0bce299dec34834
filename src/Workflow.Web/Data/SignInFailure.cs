using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Data;

/// <summary>
/// Failed sign-ins of one account name from one client address, kept in the database so that every instance counts
/// the same failures (ADR 9, ADR 33). Forgotten an hour after the last failure, or at a right password.
/// </summary>
public sealed class SignInFailure
{
    /// <summary>A hash of the normalized name and the address, so the table holds no names or addresses in clear.</summary>
    [MaxLength(64)]
    public required string Key { get; set; }

    public int Failures { get; set; }

    public DateTimeOffset WaitUntil { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }
}
