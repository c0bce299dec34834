namespace Workflow.Core.Classification;

/// <summary>The classes as the regulation words them on the memo sheet (always Thai: the stamp is part of the record).</summary>
public static class ClassWords
{
    public static string Thai(Urgency urgency) => urgency switch
    {
        Urgency.Urgent => "ด่วน",
        Urgency.VeryUrgent => "ด่วนมาก",
        Urgency.MostUrgent => "ด่วนที่สุด",
        _ => "",
    };

    public static string Thai(Secrecy secrecy) => secrecy switch
    {
        Secrecy.Confidential => "ลับ",
        Secrecy.Secret => "ลับมาก",
        _ => "",
    };
}
