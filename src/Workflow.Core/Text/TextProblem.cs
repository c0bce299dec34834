namespace Workflow.Core.Text;

/// <summary>The first thing wrong with a text: what, which code point, and where (UTF-16 index in the cleaned text).</summary>
public readonly record struct TextProblem(TextFault Fault, int CodePoint, int Index)
{
    /// <summary>The code point as Unicode writes it, e.g. "U+FFFE".</summary>
    public string CodePointName => $"U+{CodePoint:X4}";
}
