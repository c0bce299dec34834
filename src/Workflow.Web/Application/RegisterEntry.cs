using Workflow.Core.Classification;

namespace Workflow.Web.Application;

/// <summary>One line of the register book (ทะเบียนหนังสือส่ง).</summary>
public sealed record RegisterEntry(
    Guid Id,
    string RegisterNumber,
    DateOnly? Date,
    string Subject,
    string Author,
    string Department,
    string State,
    Urgency Urgency,
    Secrecy Secrecy);
