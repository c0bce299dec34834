namespace Workflow.Core.Engine;

public enum RefusalKind
{
    /// <summary>The actor holds no post that may take this action on this document.</summary>
    Forbidden,
    /// <summary>The document's state does not allow this action (any more).</summary>
    Conflict,
    /// <summary>The action lacks something it needs, such as a reason.</summary>
    Invalid,
    /// <summary>The actor may not read the document, so for them it does not exist (<see cref="ReadAccess"/>).</summary>
    NotFound,
}

/// <summary>Why the engine said no: a value, not an exception, so the web layer maps it in one place.</summary>
public sealed record Refusal(RefusalKind Kind, string Code, string Message, string? Field = null);
