using Workflow.Contracts;
using Workflow.Core.Classification;
using Workflow.Core.Engine;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>Turns an applied decision and its audit entry into the event the outbox carries.</summary>
public static class DocumentEventFactory
{
    public static DocumentEvent Create(Decision d, Document doc, AuditEntry audit)
    {
        DocumentEvent specific = d.Action switch
        {
            ActionKind.Submit => new DocumentSubmitted
            {
                RegisterNumber = doc.RegisterNumber!, Subject = SecrecyRules.SubjectToCarry(doc.Secrecy, doc.Subject), RouteId = doc.RouteId, Round = doc.Round,
                NextPosition = d.NextPosition!,
            },
            ActionKind.Endorse => new EndorsementRecorded { Step = audit.Step, Note = d.Note!, AddressedTo = d.NextPosition! },
            ActionKind.Return => new DocumentReturned { Step = audit.Step, Reason = d.Note! },
            ActionKind.Refuse => new DocumentRefused { Step = audit.Step, Reason = d.Note! },
            ActionKind.Withdraw => new DocumentWithdrawn { Reason = d.Note },
            ActionKind.Sign => new DocumentSigned
            {
                RegisterNumber = doc.RegisterNumber!, Subject = SecrecyRules.SubjectToCarry(doc.Secrecy, doc.Subject), Note = d.Note,
                Secret = SecrecyRules.IsSecret(doc.Secrecy),
            },
            ActionKind.Declassify => new DocumentDeclassified { RegisterNumber = doc.RegisterNumber!, Reason = d.Note! },
            _ => throw new ArgumentOutOfRangeException(nameof(d), d.Action, "No event for this action."),
        };
        return specific with
        {
            DocumentId = doc.Id,
            Sequence = audit.Sequence,
            OccurredAt = audit.At,
            ActorUserId = audit.UserId,
            ActorName = audit.UserName,
            ActedFor = audit.ActedFor,
            Capacity = audit.Capacity.ToString(),
            OrderNumber = audit.OrderNumber,
        };
    }
}
