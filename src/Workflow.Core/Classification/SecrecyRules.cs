namespace Workflow.Core.Classification;

/// <summary>
/// What a secrecy class changes (ADR 23): who reads a memo does not change (Core's ReadAccess already names only the
/// author and the posts it reached), but a secret memo is left out of every list, count and search made for anyone
/// else, carries no subject beyond its id in events, and is not published at its signature.
/// </summary>
public static class SecrecyRules
{
    public static bool IsSecret(Secrecy secrecy) => secrecy != Secrecy.None;

    /// <summary>Whether a signed memo of this class goes to the public site: never a secret one, until it is declassified.</summary>
    public static bool MayPublish(Secrecy secrecy) => secrecy == Secrecy.None;

    /// <summary>The subject as an event or a log line may carry it: none for a secret memo.</summary>
    public static string? SubjectToCarry(Secrecy secrecy, string subject) => IsSecret(secrecy) ? null : subject;
}
