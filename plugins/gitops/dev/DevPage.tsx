import { Content, Header, Link, Page } from '@backstage/core-components';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { Box, Tab, Tabs, Typography } from '@material-ui/core';
import { useState } from 'react';
import { GitopsServiceView } from '../src/components/GitopsContent';
import { demoServiceEntities } from '../src/fixtures';

/** The dev page: the GitOps tab of each demo service, against the stub cluster. */
export function DevPage(props: { stubUrl: string }) {
  const [selected, setSelected] = useState(0);
  const entity = demoServiceEntities[selected];
  return (
    <Page themeId="tool">
      <Header
        title="Homeport GitOps views"
        subtitle={`Stub cluster: ${props.stubUrl}`}
      />
      <Content>
        <Box display="flex" alignItems="center" justifyContent="space-between">
          <Tabs
            value={selected}
            onChange={(_, v) => setSelected(v)}
            aria-label="Demo services"
          >
            {demoServiceEntities.map(e => (
              <Tab
                key={e.metadata.name}
                label={e.metadata.title ?? e.metadata.name}
              />
            ))}
          </Tabs>
          <Typography>
            <Link to="/gitops">Overview of every service</Link>
          </Typography>
        </Box>
        <Box mt={2}>
          <EntityProvider entity={entity}>
            <GitopsServiceView key={entity.metadata.name} entity={entity} />
          </EntityProvider>
        </Box>
      </Content>
    </Page>
  );
}
