namespace Workflow.Core.Assignments;

/// <summary>How a person comes to act for a post.</summary>
public enum AssignmentKind
{
    /// <summary>Holds the post (ดำรงตำแหน่ง).</summary>
    Holder,

    /// <summary>Acts for a vacant or absent post by an order (รักษาราชการแทน, คำสั่งที่ …).</summary>
    Acting,

    /// <summary>Acts under authority the post's holder delegated (ปฏิบัติราชการแทน), possibly only on some routes.</summary>
    Delegated,
}
