using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

public enum MessagingTransport
{
    InMemory,
    RabbitMq,
}

public sealed class MessagingOptions : IValidatableObject
{
    public const string Section = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>/health turns Degraded when the oldest unsent outbox row is older than this.</summary>
    public TimeSpan OutboxDegradedAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>With RabbitMQ, /health turns Unhealthy when one of the service's queues has had no consumer for longer than this.</summary>
    public TimeSpan ConsumerMissingUnhealthyAfter { get; set; } = TimeSpan.FromSeconds(60);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Transport != MessagingTransport.RabbitMq)
            yield break;
        if (string.IsNullOrWhiteSpace(RabbitMq.Host) || Uri.CheckHostName(RabbitMq.Host) == UriHostNameType.Unknown)
            yield return new ValidationResult($"Messaging:RabbitMq:Host '{RabbitMq.Host}' is not a valid host name.", ["Messaging:RabbitMq:Host"]);
        if (RabbitMq.Port is < 1 or > 65535)
            yield return new ValidationResult($"Messaging:RabbitMq:Port {RabbitMq.Port} is out of range.", ["Messaging:RabbitMq:Port"]);
        if (string.IsNullOrEmpty(RabbitMq.Username))
            yield return new ValidationResult("Messaging:RabbitMq:Username is required with the RabbitMq transport.", ["Messaging:RabbitMq:Username"]);
        if (string.IsNullOrEmpty(RabbitMq.Password))
            yield return new ValidationResult("Messaging:RabbitMq:Password is required with the RabbitMq transport.", ["Messaging:RabbitMq:Password"]);
    }
}

public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";
}
