namespace Workflow.Core.Text;

/// <summary>Why a text field is refused (see <see cref="PlainTextRules.FindProblem"/>).</summary>
public enum TextFault
{
    /// <summary>Tag-like input: "&lt;" followed by a letter, "/", "!" or "?".</summary>
    Markup,

    /// <summary>A C0 or C1 control character (line breaks and tabs are allowed in multi-line fields).</summary>
    ControlCharacter,

    /// <summary>A bidirectional override or isolate, which can make text display other than it reads.</summary>
    DirectionControl,

    /// <summary>A Unicode noncharacter, a lone surrogate, or anything else XML 1.0 cannot carry.</summary>
    NotACharacter,
}
