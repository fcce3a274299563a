import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { SIGN_OUT_MUTATION } from '../graphql/sign-out.mutation';

/** Ends the session, forgets every cached record, and goes to the sign-in page. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOutMutation, { loading }] = useMutation(SIGN_OUT_MUTATION);

  const signOut = useCallback(async () => {
    try {
      await signOutMutation();
    } catch {
      // Even if the server could not be told, nothing of this session may stay on screen or in memory.
    }
    await client.clearStore();
    await navigate('/sign-in', { replace: true });
  }, [client, navigate, signOutMutation]);

  return { signOut, signingOut: loading };
}
