// The ceiling: bare nodemailer pooled sending of the same mail to the same sink, with no database, queue or
// rendering per message. A child process of the benchmark, like a worker; it gets its job over the IPC channel.
import nodemailer from 'nodemailer';

process.once('message', async ({ smtpUrl, count, poolConnections, maxMessages, mails, recipientDomain }) => {
  const url = new URL(smtpUrl);
  const transport = nodemailer.createTransport({
    pool: true,
    host: url.hostname,
    port: Number(url.port),
    secure: false,
    ignoreTLS: url.searchParams.get('tls') === 'off',
    maxConnections: poolConnections,
    ...(maxMessages ? { maxMessages } : {}),
  });
  try {
    await transport.verify();
    // Enough messages waiting that a connection never idles, few enough not to hold N messages in memory.
    const window = Math.max(16, poolConnections * 4);
    let next = 0;
    let failed = 0;
    let firstError = null;
    const startedAt = Date.now();
    const lane = async () => {
      while (next < count) {
        const i = next++;
        const mail = mails[i % mails.length];
        try {
          await transport.sendMail({
            from: mail.from,
            to: `r${i}@${recipientDomain}`,
            subject: mail.subject,
            html: mail.html,
            text: mail.text,
            headers: mail.headers,
            messageId: `<c${i}.ceiling@bench.alliance.test>`,
          });
        } catch (error) {
          failed++;
          firstError ??= String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: window }, lane));
    process.send({ startedAt, finishedAt: Date.now(), sent: count - failed, failed, firstError });
  } catch (error) {
    process.send({ error: String(error) });
  } finally {
    transport.close();
    process.disconnect();
  }
});
