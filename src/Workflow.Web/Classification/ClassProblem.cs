namespace Workflow.Web.Classification;

/// <summary>Why a class name was refused: not a name at all, or ลับที่สุด, which the regulation does not carry electronically.</summary>
public enum ClassProblem
{
    Unknown,
    MostSecret,
}
