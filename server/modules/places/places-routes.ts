import { NearestConsulateList, NearestConsulatesQuery } from '../../../shared/api/reference/nearest';
import { allRoles, defineRoute } from '../../platform/http/route-definition';
import type { PlacesService } from './places-service';

export const placesRoutes = (places: PlacesService) => [
  defineRoute({
    method: 'GET',
    url: '/api/consulates/nearest',
    summary:
      'The consulates nearest to a US ZIP code or a Canadian postal code (its first three characters, the forward sortation area, are enough), nearest first (`limit`, default 5, at most 57), by great-circle distance in whole km between postal-code centroids of the `zipcodes` package, each with its earliest bookable slot for the procedure (as GET /api/slots shows it; null: none). A code the data does not know is 400 invalid_request.',
    tags: ['reference'],
    access: allRoles,
    query: NearestConsulatesQuery,
    responses: { 200: NearestConsulateList, 404: null },
    handler: async ({ actor, query }) => ({
      status: 200,
      body: { items: await places.nearest(actor, query) },
    }),
  }),
];
