using Workflow.Web.Public;

namespace Workflow.Web.Pdf;

/// <summary>
/// The signed memo in its official layout as an A4 PDF, rendered from the frozen snapshot and nothing else (ADR 29):
/// the same snapshot gives the same text. Called once per publication; the result is sealed and stored, never re-rendered.
/// </summary>
public interface IMemoPdfRenderer
{
    byte[] Render(PublishedMemo memo, MemoLetterhead letterhead);
}
