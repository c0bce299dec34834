namespace Workflow.Core.Engine;

/// <summary>The line under the signer's name on a marginal note or signature block, as the regulation words it.</summary>
public static class CapacityWording
{
    public const string ActingPrefix = "รักษาราชการแทน";
    public const string DelegatedPrefix = "ปฏิบัติราชการแทน";

    /// <summary>
    /// <paramref name="postTitle"/> is the post as written on memos, e.g. "ปลัดเทศบาลตำบล…";
    /// the prefix is joined without a space, as the regulation writes "รักษาราชการแทนปลัดเทศบาลตำบล…".
    /// </summary>
    public static string Line(Capacity capacity, string postTitle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postTitle);
        return capacity switch
        {
            Capacity.Self => postTitle,
            Capacity.Acting => ActingPrefix + postTitle,
            Capacity.Delegated => DelegatedPrefix + postTitle,
            _ => throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "Unknown capacity."),
        };
    }
}
