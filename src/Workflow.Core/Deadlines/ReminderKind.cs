namespace Workflow.Core.Deadlines;

public enum ReminderKind
{
    /// <summary>The step is due soon: told to the holders of the post it waits for.</summary>
    DueSoon,

    /// <summary>The step is overdue: told to the same people, repeated.</summary>
    Overdue,

    /// <summary>The step has been overdue for longer than the escalation delay: told to another post.</summary>
    Escalation,
}
