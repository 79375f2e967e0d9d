namespace ResourceMonitor.Worker.Messaging;

/// <summary>The broker's side of one received message: acknowledging it tells the broker it may forget it.</summary>
public interface IDelivery
{
    /// <summary>
    /// Sends the acknowledgement (PUBACK) when the connection the message came on is still up. A message from a connection
    /// that has since dropped is not acknowledged: the broker redelivers it on the new connection and deduplication drops the copy.
    /// </summary>
    /// <returns>True when the acknowledgement was sent.</returns>
    Task<bool> AcknowledgeAsync(CancellationToken cancellationToken);
}
