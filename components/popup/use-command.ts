import { useState } from 'preact/hooks';
import { useStore } from '@/components/store';
import type { CommandReply } from '@/utils/messages';
import type { Command } from '@/utils/tracker/types';

export interface CommandRunner {
  /** Sends a command; the reply is also kept so the caller can show a failure. */
  run(command: Command): Promise<CommandReply>;
  /** The reason of the last refused command, until the next one is sent. */
  failure: string | null;
}

/** Sends commands through the store and remembers whether the last one failed. */
export function useCommand(): CommandRunner {
  const store = useStore();
  const [failure, setFailure] = useState<string | null>(null);
  return {
    failure,
    async run(command) {
      setFailure(null);
      const reply = await store.send(command);
      if (!reply.ok) setFailure(reply.reason);
      return reply;
    },
  };
}
