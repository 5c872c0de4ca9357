-- Municipalities of four real houses, from shared/data/houses.yaml (same list as intake-service's reference data).
insert into municipality (house, name) values
  ('markiezaten', 'Bergen op Zoom'), ('markiezaten', 'Halderberge'), ('markiezaten', 'Moerdijk'),
  ('markiezaten', 'Roosendaal'), ('markiezaten', 'Rucphen'), ('markiezaten', 'Steenbergen'),
  ('markiezaten', 'Tholen'), ('markiezaten', 'Woensdrecht'),
  ('haaglanden', 'Den Haag'), ('haaglanden', 'Delft'), ('haaglanden', 'Zoetermeer'), ('haaglanden', 'Rijswijk'),
  ('haaglanden', 'Leidschendam-Voorburg'), ('haaglanden', 'Pijnacker-Nootdorp'), ('haaglanden', 'Westland'),
  ('haaglanden', 'Wassenaar'), ('haaglanden', 'Midden-Delfland'),
  ('drenthe', 'Aa en Hunze'), ('drenthe', 'Assen'), ('drenthe', 'Borger-Odoorn'), ('drenthe', 'Coevorden'),
  ('drenthe', 'Emmen'), ('drenthe', 'Hoogeveen'), ('drenthe', 'Meppel'), ('drenthe', 'Midden-Drenthe'),
  ('drenthe', 'Noordenveld'), ('drenthe', 'Tynaarlo'), ('drenthe', 'Westerveld'), ('drenthe', 'De Wolden'),
  ('zeeland', 'Vlissingen'), ('zeeland', 'Middelburg'), ('zeeland', 'Veere'), ('zeeland', 'Sluis'),
  ('zeeland', 'Terneuzen'), ('zeeland', 'Hulst'), ('zeeland', 'Goes'), ('zeeland', 'Noord-Beveland'),
  ('zeeland', 'Schouwen-Duiveland'), ('zeeland', 'Reimerswaal'), ('zeeland', 'Kapelle'), ('zeeland', 'Borsele');
