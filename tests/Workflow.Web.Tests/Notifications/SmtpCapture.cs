using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace Workflow.Web.Tests.Notifications;

/// <summary>A real SMTP server on loopback (netDumbster) that can be stopped and started again on the same port.</summary>
public sealed class SmtpCapture : IDisposable
{
    private readonly List<string> _earlier = [];
    private SimpleSmtpServer? _server;

    public SmtpCapture()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Start();
    }

    public int Port { get; }

    public void Start() => _server ??= Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(Port).Build();

    /// <summary>Stops listening; the mails received so far are kept.</summary>
    public void Stop()
    {
        if (_server is null)
            return;
        _earlier.AddRange(RawOf(_server));
        _server.Stop();
        _server.Dispose();
        _server = null;
    }

    /// <summary>Every mail received, as it came over SMTP.</summary>
    public IReadOnlyList<string> Raw => [.. _earlier, .. _server is null ? [] : RawOf(_server)];

    /// <summary>Every mail received, parsed by MimeKit.</summary>
    public IReadOnlyList<MimeMessage> Messages =>
        [.. Raw.Select(r => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(r))))];

    /// <summary>The Subject header of a received mail as it travelled on the wire (RFC 2047 encoded when not ASCII).</summary>
    public string WireSubjectOf(MimeMessage mail)
    {
        var wire = Raw[Messages.ToList().FindIndex(m => m.MessageId == mail.MessageId)];
        return wire[wire.IndexOf("Subject:", StringComparison.Ordinal)..].Split("\r\n")[0];
    }

    public void Dispose() => Stop();

    private static List<string> RawOf(SimpleSmtpServer server) => [.. server.ReceivedEmail.Select(m => m.Data)];
}
