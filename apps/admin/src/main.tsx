import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/graphql/apollo-client';
import { createI18n } from './app/i18n';
import { UiProviders } from './app/providers';
import { appRoutes } from './app/routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createApolloClient();
const i18n = createI18n();
const router = createBrowserRouter(appRoutes);

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <UiProviders i18n={i18n}>
        <RouterProvider router={router} />
      </UiProviders>
    </ApolloProvider>
  </StrictMode>,
);
