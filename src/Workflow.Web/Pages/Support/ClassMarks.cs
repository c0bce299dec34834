using Workflow.Core.Classification;

namespace Workflow.Web.Pages.Support;

/// <summary>A memo's classes as a list row shows them: a badge each, in words (never colour alone).</summary>
public sealed record ClassMarks(Urgency Urgency, Secrecy Secrecy = Secrecy.None);
