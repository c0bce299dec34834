namespace Workflow.Web.SecondFactor;

/// <summary>What the set-up shows once: the Base32 secret to type in, the otpauth:// address and its QR code as SVG.</summary>
public sealed record TotpSetup(string Secret, string KeyUri, string QrSvg);
