namespace Workflow.Web.Data;

/// <summary>
/// A person's daily digest for one local working day. Its key (person, day) is what makes it at most one a day: the
/// instance that inserts the row sends the digest; another instance's insert fails and it sends nothing.
/// </summary>
public sealed class DigestDelivery
{
    public required string UserId { get; set; }

    public DateOnly Day { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>How many memos it listed (0: nothing waited, nothing was sent).</summary>
    public int Items { get; set; }
}
